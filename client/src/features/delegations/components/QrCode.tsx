import { create } from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code as an SVG path, drawn from the `qrcode` library's module matrix (no canvas, no
 * innerHTML): crisp at any print size. Error correction M survives a crease or a smudge.
 */
export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const { path, n } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let r = 0; r < modules.size; r++)
      for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
    // A quiet zone of four modules on each side, as the standard asks.
    return { path: d, n: modules.size + 8 };
  }, [text]);
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      data-testid="qr"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
