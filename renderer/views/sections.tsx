import type { ComponentType } from 'react';
import type { Section } from '../store/route';
import { Overview } from './Overview';
import { Placeholder } from './Placeholder';

/** What each workspace section shows. A feature replaces its placeholder here when it lands. */
export const SECTION_VIEWS: Record<Section, ComponentType> = {
  overview: Overview,
  personas: () => <Placeholder section="personas" />,
  thesis: () => <Placeholder section="thesis" />,
  journeys: () => <Placeholder section="journeys" />,
  segments: () => <Placeholder section="segments" />,
  reports: () => <Placeholder section="reports" />,
};
