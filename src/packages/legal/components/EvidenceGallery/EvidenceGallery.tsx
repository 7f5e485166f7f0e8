import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { EvidenceView } from '@core/contracts/legal-views';
import { formatFileSize } from '@core/rules/evidence';
import './EvidenceGallery.scss';

/** Opens a PDF: WeChat downloads it and shows it; the browser opens the (temporary) link in a new tab. */
const openPdf = (url: string) => {
  if (process.env.TARO_ENV !== 'weapp') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  Taro.downloadFile({ url })
    .then((result) => Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf' }))
    .catch(() => Taro.showToast({ title: '文件没有打开，请稍后再试', icon: 'none' }));
};

/** A case's evidence: photos as thumbnails that open full size, PDFs as rows that open the file. */
export function EvidenceGallery({ files }: { files: readonly EvidenceView[] }) {
  const photos = files.filter((file) => file.contentType !== 'application/pdf');
  const pdfs = files.filter((file) => file.contentType === 'application/pdf');
  return (
    <View className="nx-gallery">
      {photos.length > 0 ? (
        <View className="nx-gallery__photos">
          {photos.map((file) => (
            <Image
              key={file.id}
              className="nx-gallery__photo nx-evidence-photo"
              src={file.url}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls: photos.map((photo) => photo.url), current: file.url }).catch(() => undefined)}
            />
          ))}
        </View>
      ) : null}
      {pdfs.map((file) => (
        <View key={file.id} className="nx-gallery__pdf nx-evidence-pdf" onClick={() => openPdf(file.url)}>
          <Text className="nx-gallery__pdf-mark">PDF</Text>
          <Text className="nx-gallery__pdf-name">{file.name}</Text>
          <Text className="nx-caption">{formatFileSize(file.size)}</Text>
        </View>
      ))}
    </View>
  );
}
