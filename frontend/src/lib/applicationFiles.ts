/**
 * The applicant's own material (Art. 29): PDF files and PNG, JPEG or GIF images, at most five,
 * each at most 20 MiB. The same limits as the API, checked when the files are chosen so a file
 * the server would refuse is never put in the form; the server still tells the type by content.
 */
export const MAX_FILES = 5
export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,application/pdf,image/png,image/jpeg,image/gif'

const TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif']
const EXTENSIONS = /\.(pdf|png|jpe?g|gif)$/i

export interface Refusal {
  name: string
  reason: 'type' | 'size' | 'count' | 'empty' | 'duplicate'
}

/** The files kept after a choice, in order, and why each other one was refused. */
export function acceptFiles(
  current: readonly File[],
  chosen: readonly File[],
): { accepted: File[]; refusals: Refusal[] } {
  const accepted = [...current]
  const refusals: Refusal[] = []
  for (const file of chosen) {
    const reason = refusalOf(file, accepted)
    if (reason) refusals.push({ name: file.name, reason })
    else accepted.push(file)
  }
  return { accepted, refusals }
}

function refusalOf(file: File, kept: readonly File[]): Refusal['reason'] | null {
  // the browser's type is a guess from the name; an unknown one ('') is judged by the extension
  if (!(TYPES.includes(file.type) || (file.type === '' && EXTENSIONS.test(file.name))))
    return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_FILE_BYTES) return 'size'
  if (kept.some((k) => k.name === file.name && k.size === file.size)) return 'duplicate'
  if (kept.length >= MAX_FILES) return 'count'
  return null
}
