import type { ComponentType } from 'react';
import type { Section } from '../store/route';
import { Overview } from './Overview';
import { Placeholder } from './Placeholder';
import { PersonasView } from './personas/PersonasView';
import { ThesisView } from './thesis/ThesisView';
import { JourneysView } from './journeys/JourneysView';

/** What each workspace section shows. A feature replaces its placeholder here when it lands. */
export const SECTION_VIEWS: Record<Section, ComponentType> = {
  overview: Overview,
  personas: PersonasView,
  thesis: ThesisView,
  journeys: JourneysView,
  segments: () => <Placeholder section="segments" />,
  reports: () => <Placeholder section="reports" />,
};
