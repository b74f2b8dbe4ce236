/**
 * A scenario's phone map (SVG, from the server) as a PNG data URL for the PDF: drawn into a canvas in the
 * browser. Browser only.
 */
export function svgToPng(url: string, width = 1400): Promise<string> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const ratio = img.naturalHeight / img.naturalWidth || 1;
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = Math.round(width * ratio);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('geen canvas'));
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/png'));
    };
    img.onerror = () => reject(new Error('kaart niet geladen'));
    img.src = url;
  });
}
