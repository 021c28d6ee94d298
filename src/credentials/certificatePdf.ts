import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import { formatMoment } from '../domain/dates'
import { pdfFonts } from './pdfFonts'

/** What the PDF states: plain facts, read from the certificate by the endpoint. */
export type CertificatePdfFacts = {
  number: string
  holderName: string
  trainingTitle: string
  method?: string | null
  /** The steps the holder completed, in the training's order. */
  requirements: string[]
  issuedAt: string
  validUntil: string
  /** The public check of this round of the certificate; also what the QR code holds. */
  verificationUrl: string
}

// The portal's colours (frontend/styles/tokens.css), so the PDF looks like the platform it came from.
const COLOUR = {
  primary: '#1d5a80',
  accent: '#8a3b12',
  ink: '#1b1f24',
  muted: '#4a5563',
  surface: '#f5f7f9',
  line: '#d5dce3',
  onPrimary: '#ffffff',
}

// A4 in PostScript points.
const PAGE = { width: 595.28, height: 841.89 }
const FRAME = 28
const CONTENT = { left: 72, width: PAGE.width - 144 }

const FACTS_TOP = 588
const SCALES = [1, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55]

const dutchDate = (value: string) => formatMoment(value, 'nl')

/** The certificate as an A4 PDF (one page, Dutch): what a therapist hands an employer or register. */
export async function certificatePdf(facts: CertificatePdfFacts): Promise<Buffer> {
  const fonts = pdfFonts()
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    // Our own font from the start: pdfkit would otherwise load Helvetica's metrics from disk.
    // pdfkit takes a font's bytes here as in font(); its types name only a path.
    font: fonts.text as unknown as string,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: `Certificaat ${facts.number} — ${facts.holderName}`,
      Author: 'Drakentemmers',
      Subject: facts.trainingTitle,
      Creator: 'Drakentemmers',
      Keywords: `certificaat, ${facts.number}`,
      // The same certificate gives the same document, whenever it is downloaded.
      CreationDate: new Date(facts.issuedAt),
    },
  })
  doc.registerFont('text', fonts.text)
  doc.registerFont('strong', fonts.textStrong)
  doc.registerFont('display', fonts.display)
  const done = collect(doc)

  drawFrame(doc)
  drawBanner(doc)
  let y = 176
  y = centred(doc, 'CERTIFICAAT', y, { font: 'display', size: 34, colour: COLOUR.primary, spacing: 2.5 })
  doc
    .moveTo(PAGE.width / 2 - 36, y + 10)
    .lineTo(PAGE.width / 2 + 36, y + 10)
    .lineWidth(2)
    .strokeColor(COLOUR.accent)
    .stroke()
  // The statement shrinks until it fits above the facts: long names, titles and step lists stay on one page.
  const top = y + 34
  const scale = SCALES.find((scale) => statement(doc, facts, top, scale, false) <= FACTS_TOP - 28) ?? SCALES.at(-1)!
  statement(doc, facts, top, scale, true)
  drawFacts(doc, facts, FACTS_TOP)
  drawVerification(doc, facts.verificationUrl)
  drawFooter(doc)

  doc.end()
  return done
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

type TextStyle = { font?: string; size: number; colour: string; spacing?: number }

/** One centred paragraph (wrapping when long); returns the y below it. Measures only, unless `draw`. */
function centred(doc: PDFKit.PDFDocument, text: string, y: number, style: TextStyle, draw = true): number {
  const options = { width: CONTENT.width, align: 'center' as const, characterSpacing: style.spacing ?? 0 }
  doc
    .font(style.font ?? 'text')
    .fontSize(style.size)
    .fillColor(style.colour)
  const height = doc.heightOfString(text, options)
  if (draw) doc.text(text, CONTENT.left, y, options)
  return y + height
}

/** Who completed what, and the steps met, at `scale` of the full size; returns the y below it. */
function statement(doc: PDFKit.PDFDocument, facts: CertificatePdfFacts, top: number, scale: number, draw: boolean) {
  const size = (points: number) => points * scale
  let y = centred(doc, 'Drakentemmers verklaart dat', top, { size: size(12), colour: COLOUR.muted }, draw)
  y = centred(doc, facts.holderName, y + size(10), { font: 'display', size: size(28), colour: COLOUR.ink }, draw)
  y = centred(
    doc,
    'met goed gevolg de opleiding heeft afgerond',
    y + size(12),
    { size: size(12), colour: COLOUR.muted },
    draw,
  )
  y = centred(doc, facts.trainingTitle, y + size(10), { font: 'strong', size: size(18), colour: COLOUR.primary }, draw)
  if (facts.method)
    y = centred(doc, `Methode: ${facts.method}`, y + size(4), { size: size(11), colour: COLOUR.muted }, draw)
  if (facts.requirements.length > 0) y = drawRequirements(doc, facts.requirements, y + size(26), scale, draw)
  return y
}

function drawFrame(doc: PDFKit.PDFDocument) {
  doc
    .rect(FRAME, FRAME, PAGE.width - 2 * FRAME, PAGE.height - 2 * FRAME)
    .lineWidth(2)
    .strokeColor(COLOUR.primary)
    .stroke()
  doc
    .rect(FRAME + 6, FRAME + 6, PAGE.width - 2 * FRAME - 12, PAGE.height - 2 * FRAME - 12)
    .lineWidth(0.75)
    .strokeColor(COLOUR.primary)
    .stroke()
}

function drawBanner(doc: PDFKit.PDFDocument) {
  const top = FRAME + 6
  doc
    .rect(top, top, PAGE.width - 2 * top, 92)
    .fillColor(COLOUR.primary)
    .fill()
  centred(doc, 'DRAKENTEMMERS', top + 26, { font: 'strong', size: 22, colour: COLOUR.onPrimary, spacing: 1.5 })
  centred(doc, 'Expertiseplatform voor behandelaars van trauma na huiselijk geweld en kindermishandeling', top + 58, {
    size: 9.5,
    colour: COLOUR.onPrimary,
  })
}

/** "Voldaan aan": the training's steps, in a tinted box, two columns when there are many. */
function drawRequirements(
  doc: PDFKit.PDFDocument,
  requirements: string[],
  top: number,
  scale: number,
  draw: boolean,
): number {
  const columns = requirements.length > 4 ? 2 : 1
  const fontSize = 10.5 * scale
  doc.font('text').fontSize(fontSize)
  // One column hugs its longest line, so a short list stays centred under the training.
  const longest = Math.max(...requirements.map((text) => doc.widthOfString(text)))
  const boxWidth = columns === 2 ? 380 : Math.min(380, Math.max(220, longest + 56))
  const left = (PAGE.width - boxWidth) / 2
  const columnWidth = (boxWidth - 40 - (columns - 1) * 16) / columns
  const perColumn = Math.ceil(requirements.length / columns)
  const rowHeight = (text: string) =>
    Math.max(doc.heightOfString(text, { width: columnWidth - 16 }), fontSize * 1.25) + 5 * scale
  const columnHeights = Array.from({ length: columns }, (_, c) =>
    requirements.slice(c * perColumn, (c + 1) * perColumn).reduce((sum, text) => sum + rowHeight(text), 0),
  )
  const listTop = top + 34 * scale
  const height = listTop - top + Math.max(...columnHeights) + 10 * scale
  if (!draw) return top + height
  doc.roundedRect(left, top, boxWidth, height, 6).fillColor(COLOUR.surface).fill()
  doc
    .font('strong')
    .fontSize(8.5 * scale)
    .fillColor(COLOUR.muted)
  doc.text('VOLDAAN AAN', left, top + 14 * scale, { width: boxWidth, align: 'center', characterSpacing: 0.4 })
  for (let c = 0; c < columns; c++) {
    let y = listTop
    const x = left + 20 + c * (columnWidth + 16)
    for (const text of requirements.slice(c * perColumn, (c + 1) * perColumn)) {
      drawCheck(doc, x, y + 2 * scale, scale)
      doc.font('text').fontSize(fontSize).fillColor(COLOUR.ink)
      doc.text(text, x + 16, y, { width: columnWidth - 16 })
      y += rowHeight(text)
    }
  }
  return top + height
}

/** A drawn tick, so it never depends on a glyph the font may lack. */
function drawCheck(doc: PDFKit.PDFDocument, x: number, y: number, scale: number) {
  doc
    .moveTo(x, y + 5 * scale)
    .lineTo(x + 3.5 * scale, y + 8.5 * scale)
    .lineTo(x + 10 * scale, y + scale)
    .lineWidth(1.6 * scale)
    .lineCap('round')
    .lineJoin('round')
    .strokeColor(COLOUR.primary)
    .stroke()
}

function drawFacts(doc: PDFKit.PDFDocument, facts: CertificatePdfFacts, top: number) {
  const items = [
    ['CERTIFICAATNUMMER', facts.number],
    ['UITGEGEVEN OP', dutchDate(facts.issuedAt)],
    ['GELDIG TOT', dutchDate(facts.validUntil)],
  ] as const
  const width = CONTENT.width / items.length
  doc
    .moveTo(CONTENT.left, top - 14)
    .lineTo(CONTENT.left + CONTENT.width, top - 14)
    .lineWidth(0.75)
    .strokeColor(COLOUR.line)
    .stroke()
  items.forEach(([label, value], index) => {
    const x = CONTENT.left + index * width
    doc.font('strong').fontSize(8).fillColor(COLOUR.muted)
    doc.text(label, x, top, { width, align: 'center', characterSpacing: 0.4 })
    doc.font('strong').fontSize(12.5).fillColor(COLOUR.ink)
    doc.text(value, x, top + 16, { width, align: 'center' })
  })
}

/** The QR code as vector squares (sharp at any zoom and in print), with the same URL in text beside it. */
function drawVerification(doc: PDFKit.PDFDocument, url: string) {
  const size = 104
  const left = CONTENT.left
  const top = 662
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const cell = size / (modules.size + 2 * quiet)
  doc.rect(left, top, size, size).fillColor('#ffffff').fill()
  doc.fillColor(COLOUR.ink)
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column))
        // A hair wider than the cell, so viewers draw no seams between neighbouring squares.
        doc.rect(left + (column + quiet) * cell, top + (row + quiet) * cell, cell + 0.05, cell + 0.05)
  doc.fill()
  const x = left + size + 18
  const width = CONTENT.width - size - 18
  doc.font('strong').fontSize(11).fillColor(COLOUR.primary)
  doc.text('Echtheid controleren', x, top + 14, { width })
  doc.font('text').fontSize(9.5).fillColor(COLOUR.muted)
  doc.text(
    'Scan de QR-code of open het adres hieronder. De controle toont of dit certificaat geldig is.',
    x,
    top + 31,
    {
      width,
    },
  )
  // The URL on one line where a smaller size allows: a line break in it makes typing it over harder.
  doc.font('strong').fontSize(9.5)
  const fitting = Math.max(7.5, Math.min(9.5, (9.5 * width * 0.98) / doc.widthOfString(url)))
  doc.fontSize(fitting).fillColor(COLOUR.ink)
  doc.text(url, x, doc.y + 6, { width, link: url })
}

function drawFooter(doc: PDFKit.PDFDocument) {
  doc.font('text').fontSize(8).fillColor(COLOUR.muted)
  doc.text(
    'Dit certificaat bestaat ook als digitaal ondertekend Open Badge (Open Badges 3.0).',
    CONTENT.left,
    PAGE.height - FRAME - 34,
    { width: CONTENT.width, align: 'center' },
  )
}
