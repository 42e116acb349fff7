// Entry point of the command-line tool (built to out/main/cli.cjs, run by bin/touchstone.cjs).
import { runCli } from './cli/program';

const io = {
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    io.stderr(`touchstone: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
