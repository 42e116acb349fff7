import { Command, CommanderError } from 'commander';
import { createTranslator } from '../../shared/i18n';
import { validateFile } from './validate';

export interface CliIo {
  /** Writes text as is (add the newline yourself). */
  stdout(text: string): void;
  stderr(text: string): void;
}

function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** One line per problem, whatever the message holds. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * The headless CLI. `args` are the user's arguments (process.argv without node and the script).
 * Resolves with the exit code; never throws and never prints a stack trace.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const t = createTranslator('en');
  const program = new Command()
    .name('touchstone')
    .description('Touchstone on the command line: check workshop files without opening the app.')
    .version(appVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s),
    });

  program
    .command('validate')
    .description('check that workshop files (.touchstone) can be opened: exit 0 when all are valid, 1 otherwise')
    .argument('<file...>', 'workshop files to check')
    .action(async (files: string[]) => {
      for (const file of files) {
        const result = await validateFile(file, t);
        if (result.ok) {
          const migrated = result.migratedFrom !== undefined ? `; upgraded from format version ${result.migratedFrom} when opened` : '';
          io.stdout(`${file}: valid (${plural(result.journeys, 'journey', 'journeys')}, ${plural(result.cards, 'card', 'cards')})${migrated}\n`);
        } else {
          exitCode = 1;
          for (const problem of result.problems) io.stderr(`${file}: ${oneLine(problem)}\n`);
        }
      }
    });

  try {
    if (args.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (e) {
    // --help and --version end here with exit code 0; usage errors were already printed.
    if (e instanceof CommanderError) return e.exitCode;
    io.stderr(`touchstone: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
}
