/** What the media library accepts: photos and illustrations, not documents or SVG (scripts). */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

/** 8 MB: a good photo from a phone; anything larger is resized away anyway. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024

export type UploadFacts = { mimeType?: string | null; size?: number | null; name?: string | null }

/** A Dutch reason to refuse the file, or null when it is fine. */
export function uploadProblem({ mimeType, size, name }: UploadFacts): string | null {
  if (!mimeType || !(IMAGE_MIME_TYPES as readonly string[]).includes(mimeType)) {
    return `${name ?? 'Dit bestand'} is geen afbeelding die we kunnen tonen. Gebruik JPG, PNG, WebP of AVIF.`
  }
  if (typeof size === 'number' && size > MAX_UPLOAD_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1).replace('.', ',')
    return `${name ?? 'Dit bestand'} is ${mb} MB; het maximum is 8 MB. Verklein de afbeelding en probeer het opnieuw.`
  }
  return null
}

/** Alt text that says nothing ("IMG_2041.jpg", "afbeelding") helps no screen-reader user. */
export function validateAlt(value: string | null | undefined): true | string {
  const alt = (value ?? '').trim()
  if (alt.length < 5) return 'Beschrijf in een paar woorden wat er op de afbeelding staat.'
  if (/\.(jpe?g|png|webp|avif|gif)$/i.test(alt) || /^(img|dsc|foto|afbeelding|image)[\s_-]?\d*$/i.test(alt)) {
    return 'Dit lijkt een bestandsnaam; beschrijf wat er op de afbeelding te zien is.'
  }
  return true
}
