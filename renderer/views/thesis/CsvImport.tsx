import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeCsvBytes, guessColumn, MAX_CSV_BYTES, parseCsv, scoreCsvColumn, type ParsedCsv } from '../../../shared/analysis/csv';
import { roundScore, type RowProblem } from '../../../shared/analysis/surveyScores';
import { setComputedBaseline } from '../../../shared/commands/metrics';
import type { Metric, SurveyMethod } from '../../../shared/model/schema';
import { useDocument } from '../../store/document';
import { useFormat } from './format';

const LIMIT_MB = MAX_CSV_BYTES / (1024 * 1024);
const SHOWN_PROBLEMS = 12;

interface Loaded {
  fileName: string;
  csv: ParsedCsv;
  encoding: 'utf-8' | 'gb18030';
}

/** Computes a metric's baseline from raw survey answers in a CSV file, showing every row it could not use. */
export function CsvImport({ thesisId, metric, method, onDone }: { thesisId: string; metric: Metric; method: SurveyMethod; onDone(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const run = useDocument((s) => s.run);
  const base = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [column, setColumn] = useState(-1);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => fileRef.current?.focus(), []);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setLoaded(null);
    setError(null);
    if (file.size > MAX_CSV_BYTES) return setError(t('thesis.csv.error.tooLarge', { limit: LIMIT_MB }));
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setError(t(`thesis.csv.error.${decoded.reason}`, { limit: LIMIT_MB }));
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok) return setError(t(`thesis.csv.error.${parsed.reason}`));
    setLoaded({ fileName: file.name, csv: parsed.csv, encoding: decoded.encoding });
    setColumn(guessColumn(parsed.csv.headers, method));
  };

  const result = loaded && column >= 0 ? scoreCsvColumn(loaded.csv, column, method) : null;
  const score = result?.score ?? null;
  const problemText = (p: RowProblem) =>
    t('thesis.csv.rowProblem', { row: t('thesis.csv.row', { row: p.row }), problem: t(`thesis.csv.problem.${p.problem}`, { value: p.value }) });
  const delimiter = loaded ? t(`thesis.csv.delimiters.${loaded.csv.delimiter === ';' ? 'semicolon' : loaded.csv.delimiter === '\t' ? 'tab' : 'comma'}`) : '';

  return (
    <section className="csv-import" aria-labelledby={`${base}-title`} data-testid="csv-import">
      <h4 id={`${base}-title`}>{t('thesis.csv.title')}</h4>
      <p className="hint">{t(`thesis.csv.methods.${method}`)}</p>
      <div className="row wrap">
        <label className="file-button" htmlFor={`${base}-file`}>
          <input
            ref={fileRef}
            id={`${base}-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="visually-hidden"
            aria-describedby={`${base}-hint`}
            data-testid="csv-input"
            onChange={(e) => {
              void read(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {t('thesis.csv.choose')}
        </label>
        {loaded && <strong className="file-name">{loaded.fileName}</strong>}
      </div>
      <p className="hint" id={`${base}-hint`}>
        {t('thesis.csv.hint', { limit: LIMIT_MB })}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {loaded && (
        <>
          <p className="meta">
            {t('thesis.csv.summary', { rows: loaded.csv.rows.length + loaded.csv.problems.length, columns: loaded.csv.headers.length, delimiter })}
          </p>
          {loaded.encoding === 'gb18030' && <p className="banner warning">{t('thesis.csv.gb18030')}</p>}
          <label className="field">
            <span>{t('thesis.csv.column')}</span>
            <select value={column} onChange={(e) => setColumn(Number(e.target.value))}>
              <option value={-1}>{t('thesis.csv.chooseColumn')}</option>
              {loaded.csv.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {result && (
        <div className="csv-result" role="status" data-testid="csv-result">
          {score === null ? (
            <p className="field-error">{t('thesis.csv.noValid')}</p>
          ) : (
            <p className="score-line">
              <strong className="score">{t(`thesis.csv.result.${method}`, { score: fmt.number(roundScore(score)) })}</strong>{' '}
              <span>{t('thesis.csv.responses', { count: result.responses })}</span>
            </p>
          )}
          {method === 'nps' && result.responses > 0 && (
            <p>{t('thesis.csv.npsBreakdown', { promoters: result.breakdown.promoters, passives: result.breakdown.passives, detractors: result.breakdown.detractors })}</p>
          )}
          {method === 'csat' && result.responses > 0 && <p>{t('thesis.csv.csatBreakdown', { satisfied: result.breakdown.satisfied })}</p>}
          {result.blankRows.length > 0 && <p className="meta">{t('thesis.csv.blank', { count: result.blankRows.length, rows: result.blankRows.join(t('thesis.listSeparator')) })}</p>}
          {result.malformed.length > 0 && (
            <div className="malformed" data-testid="csv-malformed">
              <p>
                <strong>{t('thesis.csv.malformed', { count: result.malformed.length })}</strong>
              </p>
              <ul>
                {result.malformed.slice(0, SHOWN_PROBLEMS).map((p) => (
                  <li key={`${p.row}-${p.problem}`}>{problemText(p)}</li>
                ))}
                {result.malformed.length > SHOWN_PROBLEMS && <li>{t('thesis.csv.more', { count: result.malformed.length - SHOWN_PROBLEMS })}</li>}
              </ul>
            </div>
          )}
        </div>
      )}
      <div className="row">
        <button
          className="primary"
          disabled={!loaded || !result || score === null}
          onClick={() => {
            if (!loaded || !result || score === null) return;
            run(setComputedBaseline, {
              thesisId,
              metricId: metric.id,
              score: roundScore(score),
              computed: {
                method,
                fileName: loaded.fileName,
                column: loaded.csv.headers[column] || `#${column + 1}`,
                responses: result.responses,
                malformedRows: result.malformed.length,
                blankAnswers: result.blankRows.length,
              },
            });
            onDone();
          }}
        >
          {t('thesis.csv.use')}
        </button>
        <button onClick={onDone}>{t('thesis.csv.cancel')}</button>
      </div>
    </section>
  );
}
