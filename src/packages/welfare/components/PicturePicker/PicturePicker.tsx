import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { imageUploadMessages } from '@core/contracts/image-upload';
import { pickPicture, type ChosenPicture } from './pick-picture';
import './PicturePicker.scss';

/** What the form will send: a new picture, 'remove' (take the saved one away), or null (change nothing). */
export type PictureChoice = ChosenPicture | 'remove' | null;

export interface PicturePickerProps {
  /** What the picture shows, for screen readers: 活动图片, 驿站照片. */
  label: string;
  /** The picture saved before (editing): shown until another is chosen, and kept when none is. */
  currentUrl?: string | null;
  value: PictureChoice;
  onChange: (picture: PictureChoice) => void;
}

const defaultProps = { currentUrl: null } satisfies Partial<PicturePickerProps>;

/**
 * A form's one picture: a big 添加图片 tile, or the picture with 换一张 and 移除 (which takes back a
 * picture chosen here, or marks the saved one to be taken away on save, with 撤销).
 * A picture the server would refuse is refused here, in its words, and never leaves the phone.
 */
export function PicturePicker(props: PicturePickerProps) {
  const { label, currentUrl, value, onChange } = { ...defaultProps, ...props };
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const chosen = value === 'remove' ? null : value;
  const shown = value === 'remove' ? null : (chosen?.previewUrl ?? currentUrl);

  const choose = async () => {
    if (reading) return;
    setReading(true);
    try {
      const picked = await pickPicture();
      if (!picked) return;
      if (!picked.ok) return setProblem(picked.problem);
      setProblem(null);
      onChange(picked.picture);
    } catch {
      setProblem(imageUploadMessages.unreadable);
    } finally {
      setReading(false);
    }
  };

  const remove = () => {
    setProblem(null);
    onChange(chosen || !currentUrl ? null : 'remove');
  };

  return (
    <View className="nx-picture-picker">
      {shown ? (
        <>
          <View className="nx-picture-picker__frame">
            <Image className="nx-picture-picker__image" src={shown} mode="aspectFill" ariaLabel={label} nativeProps={{ alt: label }} />
          </View>
          {currentUrl ? <Text className="nx-caption">{chosen ? '保存后换成这张' : '现在用的图片'}</Text> : null}
          <View className="nx-picture-picker__actions">
            <View className="nx-picture-picker__action nx-picture-change" ariaRole="button" onClick={() => void choose()}>
              {reading ? '正在读取…' : '换一张'}
            </View>
            <View className="nx-picture-picker__action nx-picture-remove" ariaRole="button" onClick={remove}>
              移除
            </View>
          </View>
        </>
      ) : (
        <View className="nx-picture-add" ariaRole="button" ariaLabel={`添加${label}`} onClick={() => void choose()}>
          <Text className="nx-picture-add__plus">＋</Text>
          <Text className="nx-picture-add__text">{reading ? '正在读取…' : '添加图片'}</Text>
          <Text className="nx-picture-add__hint">JPG、PNG 或 WebP</Text>
          <Text className="nx-picture-add__hint">过大的照片会自动压缩</Text>
        </View>
      )}
      {value === 'remove' ? (
        <View className="nx-picture-picker__undo">
          <Text className="nx-caption">保存后不再显示现在的图片</Text>
          <View className="nx-picture-picker__action nx-picture-undo" ariaRole="button" onClick={() => onChange(null)}>
            撤销
          </View>
        </View>
      ) : null}
      {problem ? <Text className="nx-field-error nx-picture-problem">{problem}</Text> : null}
    </View>
  );
}
