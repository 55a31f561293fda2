import type { ReactNode } from 'react';

/** A settings list row: what it is, a detail, optional controls, and one way to remove it. */
export function RemovableRow(props: { title: ReactNode; detail: ReactNode; action: string; onRemove(): void; busy?: boolean; children?: ReactNode }) {
  return (
    <li>
      <div>
        <strong>{props.title}</strong> <span className="muted">{props.detail}</span>
      </div>
      {props.children}
      <button type="button" className="danger-link" onClick={() => !props.busy && props.onRemove()} aria-disabled={props.busy ?? false}>
        {props.action}
      </button>
    </li>
  );
}
