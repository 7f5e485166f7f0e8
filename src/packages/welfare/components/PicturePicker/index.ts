export { PicturePicker, type PictureChoice, type PicturePickerProps } from './PicturePicker';
export type { ChosenPicture } from './pick-picture';
