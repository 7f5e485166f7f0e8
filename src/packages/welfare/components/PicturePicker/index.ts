export { PicturePicker, type PicturePickerProps } from './PicturePicker';
export type { ChosenPicture } from './pick-picture';
