import { describe, expect, it } from 'vitest'
import { anchorPath, fieldId, isWithin, parentPath, pathPattern, shownBy } from './fieldPaths'

describe('field paths of API errors', () => {
  it('become DOM ids', () => {
    expect(fieldId('handling.visits')).toBe('field-handling-visits')
    expect(fieldId('materials[2].copies')).toBe('field-materials-2-copies')
    expect(fieldId('steps[0].timeLimit.value')).toBe('field-steps-0-timeLimit-value')
  })

  it('have patterns and parents', () => {
    expect(pathPattern('materials[2].copies')).toBe('materials[].copies')
    expect(parentPath('materials[2].copies')).toBe('materials[2]')
    expect(parentPath('materials[2]')).toBe('materials')
    expect(parentPath('materials')).toBeNull()
    expect(isWithin('materials[1].name', 'materials')).toBe(true)
    expect(isWithin('materialsExtra', 'materials')).toBe(false)
  })

  const shown = shownBy([
    'handling',
    'handling.visits',
    'materials',
    'materials[]',
    'materials[].copies',
    'themes',
  ])

  it('are shown at the field, else at the nearest list item, list or group', () => {
    expect(anchorPath('handling.visits', shown)).toBe('handling.visits')
    expect(anchorPath('materials[2].copies', shown)).toBe('materials[2].copies')
    expect(anchorPath('materials[2].unknown', shown)).toBe('materials[2]')
    expect(anchorPath('themes[3]', shown)).toBe('themes')
    expect(anchorPath('handling.somethingNew', shown)).toBe('handling')
    expect(anchorPath('body', shown)).toBeNull()
  })
})
