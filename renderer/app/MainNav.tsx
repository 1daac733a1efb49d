import { areas, type AreaId } from '../routing/areas';

export function MainNav({ current }: { current: AreaId }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <ul>
        {areas.map((area) => (
          <li key={area.id}>
            <a href={`#/${area.id}`} aria-current={area.id === current ? 'page' : undefined}>
              {area.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
