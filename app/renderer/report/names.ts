// Where the report finds the names of things the model refers to by id. Persona, job, business, course,
// destination, relation and outcome texts belong to the sim's `content` namespace; scenario and province
// names are the report's own. One place to change if the content keys move.
import { msg, type Msg } from './text';

/** "breakfastStall" -> "breakfast stall": only shown if a content text is missing. */
const humanize = (id: string) => id.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
const named = (key: string, id: string): Msg => ({ ...msg(key), fallback: humanize(id) });
const common = (key: string, id: string): Msg => ({ ...named(key, id), common: true });

export const names = {
  persona: (id: string): Msg => named(`content:persona.${id}.name`, id),
  job: (id: string): Msg => named(`content:job.${id}`, id),
  relation: (id: string): Msg => named(`content:relation.${id}`, id),
  outcome: (id: string): Msg => named(`content:outcome.${id}.title`, id),
  business: (id: string): Msg => common(`content:business.${id}.name`, id),
  course: (id: string): Msg => common(`content:course.${id}.name`, id),
  destination: (id: string): Msg => common(`content:destination.${id}.name`, id),
  location: (id: string): Msg => common(`content:location.${id}.name`, id),
  scenario: (id: string): Msg => (['2016-steel-coal', '1998-xiagang'].includes(id) ? msg(`report:scenario.${id}`) : msg('report:scenario.other', { id })),
  province: (id: string): Msg => (['shanxi', 'hebei', 'heilongjiang'].includes(id) ? msg(`report:province.${id}`) : msg('report:province.other', { id })),
};
