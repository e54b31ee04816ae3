import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import { createElement, type CSSProperties } from 'react';
import styles from './ui.module.css';

function render(node: AbstractNode, key?: number): React.ReactElement {
  return createElement(node.tag, { key, ...node.attrs }, node.children?.map(render));
}

/**
 * An antd icon drawn from its SVG definition (`@ant-design/icons-svg/es/asn/<Name>`): the same picture as
 * `<NameOutlined />` from @ant-design/icons, without that package's runtime, for parts drawn without antd.
 * Decorative: the control around it carries the label.
 */
export function Icon({ icon, className, style }: { icon: IconDefinition; className?: string; style?: CSSProperties }) {
  const node = typeof icon.icon === 'function' ? icon.icon('currentColor', '#e6f4ff') : icon.icon;
  return (
    <span className={className ? `${styles.icon} ${className}` : styles.icon} style={style} aria-hidden>
      {createElement(
        'svg',
        { ...node.attrs, width: '1em', height: '1em', fill: 'currentColor', focusable: 'false', 'aria-hidden': true },
        node.children?.map(render),
      )}
    </span>
  );
}
