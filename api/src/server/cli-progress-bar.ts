import cliProgress from 'cli-progress';

/** A progress bar on stderr for the long CLIs (backup, restore, reindex): `{value}/{total} <unit>`. */
export function cliProgressBar(label: string, unit: string) {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    onStart: (total: number) => bar.start(total, 0),
    update: (done: number) => bar.update(Math.min(done, bar.getTotal())),
    stop: () => bar.stop(),
  };
}
