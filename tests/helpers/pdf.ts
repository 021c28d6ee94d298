import { createCanvas } from '@napi-rs/canvas'
import jsQR from 'jsqr'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Reading a PDF the way a viewer does, with Mozilla's pdf.js (not the library that wrote it):
 * its metadata, the text of each page, page 1 rendered to pixels, and a QR code decoded from
 * those pixels with jsQR.
 */
export async function openPdf(bytes: Uint8Array) {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  const info = (await document.getMetadata()).info as Record<string, unknown>
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  return { document, info, pages, text: pages.join('\n') }
}

export type RenderedPage = {
  width: number
  height: number
  pageWidthPt: number
  pageHeightPt: number
  png: Buffer
  rgba: Uint8ClampedArray
}

/** Page 1 at `scale` pixels per point (2 ≈ 144 dpi). */
export async function renderFirstPage(bytes: Uint8Array, scale = 2): Promise<RenderedPage> {
  const { document } = await openPdf(bytes)
  const page = await document.getPage(1)
  const viewport = page.getViewport({ scale })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise
  const { width, height } = canvas
  const [, , pageWidthPt, pageHeightPt] = page.view as [number, number, number, number]
  return {
    width,
    height,
    pageWidthPt,
    pageHeightPt,
    png: canvas.toBuffer('image/png'),
    rgba: new Uint8ClampedArray(context.getImageData(0, 0, width, height).data),
  }
}

/** The text of the QR code in the rendered page, or null when jsQR finds none. */
export function decodeQr(page: RenderedPage): string | null {
  return jsQR(page.rgba, page.width, page.height)?.data ?? null
}
