import type { Block, Cell, PdfDocument } from '../../../../shared/pdf/model';

/**
 * The document model drawn as HTML: the same object the PDF worker typesets, so what is shown is what the file will
 * hold — every section, table row and field, in order. Only the page furniture differs (the PDF adds the running
 * header and "Page X of Y"; the privilege line is shown once at the top and bottom here).
 */
export function PdfPreview({ document: doc }: { document: PdfDocument }) {
  return (
    <article className="pdf-preview" aria-label="Preview of the PDF" data-testid="pdf-preview">
      <p className="pdf-preview__privilege">{doc.privilegeLine}</p>
      <header className="pdf-preview__cover">
        <p className="pdf-preview__overline">{doc.audience}</p>
        <h3 className="pdf-preview__title">{doc.title}</h3>
        <p className="pdf-preview__client" dir="auto">
          {doc.clientName}
        </p>
        {doc.cover.names.length > 0 && (
          <ul className="pdf-preview__names">
            {doc.cover.names.map((n) => (
              <li key={n.name}>
                <bdi>{n.name}</bdi> <span>{n.note}</span>
              </li>
            ))}
          </ul>
        )}
        <Fields items={doc.cover.facts} />
        <p className="pdf-preview__notice">{doc.cover.notice}</p>
        {doc.cover.disclaimer && <p className="pdf-preview__muted">{doc.cover.disclaimer}</p>}
        <p className="pdf-preview__muted">Generated {doc.generatedLabel}</p>
      </header>
      {doc.sections.map((section) => (
        <section key={section.id} className="pdf-preview__section" data-section={section.id}>
          <h4 className="pdf-preview__heading">{section.title}</h4>
          {section.intro && <p className="pdf-preview__muted">{section.intro}</p>}
          {section.blocks.map((block, index) => (
            <PreviewBlock key={index} block={block} />
          ))}
        </section>
      ))}
      <p className="pdf-preview__privilege">{doc.privilegeLine}</p>
    </article>
  );
}

function CellText({ cell }: { cell: Cell }) {
  return (
    <>
      <span className={`pdf-tone pdf-tone--${cell.tone ?? 'normal'}${cell.bold ? ' pdf-bold' : ''}`}>
        <bdi>{cell.text}</bdi>
      </span>
      {cell.note && <span className="pdf-preview__note">{cell.note}</span>}
    </>
  );
}

function Fields({ items }: { items: { label: string; value: Cell }[] }) {
  return (
    <dl className="pdf-preview__fields">
      {items.map((item) => (
        <div key={item.label} className="pdf-preview__field">
          <dt>{item.label}</dt>
          <dd>
            <CellText cell={item.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PreviewBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'subheading':
      return (
        <h5 className="pdf-preview__subheading">
          <span>{block.text}</span>
          {block.meta && <CellText cell={block.meta} />}
        </h5>
      );
    case 'paragraph':
      return (
        <p className={`pdf-preview__paragraph pdf-tone pdf-tone--${block.tone ?? 'normal'}`}>{block.text}</p>
      );
    case 'fields':
      return <Fields items={block.items} />;
    case 'table':
      if (block.rows.length === 0)
        return block.empty ? <p className="pdf-preview__muted">{block.empty}</p> : null;
      return (
        <div className="pdf-preview__table-wrap">
          <table className="pdf-preview__table">
            <thead>
              <tr>
                {block.columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <CellText cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'list':
      return (
        <ul className={`pdf-preview__list pdf-preview__list--${block.style}`}>
          {block.items.map((item, i) => (
            <li key={i}>
              <CellText cell={item} />
            </li>
          ))}
        </ul>
      );
    case 'callout':
      return (
        <div className={`pdf-preview__callout pdf-preview__callout--${block.tone}`}>
          <strong>{block.title}</strong>
          <span>{block.text}</span>
        </div>
      );
    case 'questions':
      return (
        <ol className="pdf-preview__questions">
          {block.items.map((q, i) => (
            <li key={i}>
              <strong>{q.text}</strong>
              {q.detail && <span className="pdf-preview__note">{q.detail}</span>}
              {Array.from({ length: q.lines }, (_, k) => (
                <span key={k} className="pdf-preview__rule" aria-hidden="true" />
              ))}
            </li>
          ))}
        </ol>
      );
    case 'ruled':
      return (
        <p className="pdf-preview__muted">
          {block.lines > 0
            ? `${block.lines} ruled lines for handwritten notes.`
            : `Ruled lines to the foot of the page${block.pages > 0 ? `, then ${block.pages} more ruled page${block.pages === 1 ? '' : 's'}` : ''}, for handwritten notes.`}
        </p>
      );
  }
}
