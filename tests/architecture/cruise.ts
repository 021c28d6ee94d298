import { createRequire } from 'node:module'
import path from 'node:path'
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser'
import extractTsConfig from 'dependency-cruiser/config-utl/extract-ts-config'

const root = path.resolve(import.meta.dirname, '../..')
export const rules: IConfiguration = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs'))

/** Runs dependency-cruiser with the repository's rules over the given folders (relative to the root). */
export async function cruiseTree(folders: string[]): Promise<ICruiseResult> {
  const cwd = process.cwd()
  process.chdir(root) // the rules' paths are relative to the repository root
  try {
    const { forbidden, options } = rules
    const tsConfig = extractTsConfig(path.join(root, 'tsconfig.json'))
    const { output } = await cruise(folders, { ...options, ruleSet: { forbidden }, validate: true }, {}, { tsConfig })
    return output as ICruiseResult
  } finally {
    process.chdir(cwd)
  }
}

/** Each violation as one line: "from → to (rule)". */
export function violationLines(result: ICruiseResult): string[] {
  return result.summary.violations.map((v) => `${v.from} → ${v.to} (${v.rule.name})`).sort()
}
