import { z } from 'zod';
import { occupations } from './occupation-labels';

export { commonPlatforms, occupationLabels, occupations, type Occupation } from './occupation-labels';

export const OccupationSchema = z.enum(occupations, {
  errorMap: () => ({ message: '请选择职业' }),
});
