// Adding articles in the browser: paste a text with a small form, or drop or choose .txt files
// (with their .meta.json). They are read by the extractor in a worker, linked with the loaded
// ones, kept in this browser, listed, and each can be removed. Loaded lazily with its worker.
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pastedArticle, readArticleFiles } from '../data/articleFiles';
import type { ArticleInput } from '../extract';
import { formatCount, formatDay } from '../i18n/dates';
import { useDateStyle } from './DisplayContext';
import type { Collection } from './useCollection';

interface Props {
  collection: Collection;
  onClose: () => void;
}

const empty = { text: '', title: '', outlet: '', published: '', url: '' };

/** The title an article will have: its first non-empty line. */
const titleOf = (a: ArticleInput) =>
  a.text
    .split(/\r?\n/)
    .find((l) => l.trim())
    ?.trim() ?? a.id;

export default function ImportDialog({ collection, onClose }: Props) {
  const { t } = useTranslation();
  const style = useDateStyle();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState(empty);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [dragging, setDragging] = useState(false);
  const ids = {
    title: useId(),
    text: useId(),
    headline: useId(),
    outlet: useId(),
    date: useId(),
    url: useId(),
    list: useId(),
  };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const added = async (inputs: ArticleInput[], found: string[]) => {
    setProblems(found);
    if (inputs.length) await collection.add(inputs);
    setNotice(
      inputs.length
        ? t('import.added', { count: inputs.length, n: formatCount(inputs.length, style) })
        : '',
    );
  };

  const onPaste = async (e: FormEvent) => {
    e.preventDefault();
    const r = pastedArticle(form);
    if ('problem' in r) return added([], [r.problem]);
    await added([r.article], []);
    setForm(empty);
  };

  const onFiles = async (files: readonly File[]) => {
    const r = await readArticleFiles(files);
    await added(r.articles, r.problems);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void onFiles([...e.dataTransfer.files]);
  };

  const field = (key: keyof typeof empty, id: string, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        dir={type === 'url' || type === 'date' ? 'ltr' : undefined}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );

  const list = collection.added ?? [];
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={ids.title}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="panel-head">
        <h2 id={ids.title}>{t('import.title')}</h2>
        <button
          type="button"
          className="button icon"
          aria-label={t('import.close')}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </div>
      <p className="hint">{t('import.privacy')}</p>

      <form className="import-paste" onSubmit={(e) => void onPaste(e)}>
        <h3>{t('import.paste')}</h3>
        <div className="field">
          <label htmlFor={ids.text}>{t('import.text')}</label>
          <textarea
            id={ids.text}
            rows={6}
            dir="auto"
            required
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
          />
        </div>
        <div className="import-form-grid">
          {field('title', ids.headline, t('import.headline'))}
          {field('outlet', ids.outlet, t('import.outlet'))}
          {field('published', ids.date, t('import.published'), 'date')}
          {field('url', ids.url, t('import.url'), 'url')}
        </div>
        <button type="submit" className="button primary">
          {t('import.addText')}
        </button>
      </form>

      <div
        className={dragging ? 'drop-zone is-over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h3>{t('import.files')}</h3>
        <p className="hint">{t('import.filesHint')}</p>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('import.choose')}
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          multiple
          accept=".txt,.json,text/plain,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            void onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>

      <div className="import-status" role="status" aria-live="polite">
        {collection.progress ? (
          <p>
            <progress value={collection.progress.done} max={collection.progress.total} />{' '}
            {t('import.progress', {
              done: formatCount(collection.progress.done, style),
              total: formatCount(collection.progress.total, style),
            })}
          </p>
        ) : notice ? (
          <p>{notice}</p>
        ) : null}
      </div>
      {problems.length || collection.problems.length ? (
        <div className="import-problems" role="alert">
          <p>{t('import.problems')}</p>
          <ul dir="ltr">
            {[...problems, ...collection.problems].map((p, i) => (
              <li key={i}>
                <bdi>{p}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h3 id={ids.list}>{t('import.yours', { n: formatCount(list.length, style) })}</h3>
      {list.length === 0 ? (
        <p className="hint">{t('import.none')}</p>
      ) : (
        <ul className="import-list" aria-labelledby={ids.list}>
          {list.map(({ input }) => (
            <li key={input.id} data-article-id={input.id}>
              <span className="import-item">
                <bdi className="import-item-title" lang="ar">
                  {titleOf(input)}
                </bdi>
                <span className="import-item-meta">
                  {input.meta.outlet ? <bdi>{input.meta.outlet}</bdi> : t('details.unknownOutlet')}
                  {' · '}
                  {input.meta.published
                    ? formatDay(input.meta.published, style)
                    : t('details.unknownPublished')}
                </span>
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('import.removeLabel', { title: titleOf(input).slice(0, 80) })}
                onClick={() => void collection.remove(input.id)}
              >
                {t('import.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
