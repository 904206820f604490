// Retraining courses offered to laid-off workers and the local jobs they lead to (2016 yuan).
// Durations and course types follow Bidani et al. 2002 (about a month; computers, beauty, sewing, cooking,
// repair, driving) and 2016 local programmes. A course does not change the wage (Bidani et al.); it raises the
// monthly job odds by the scenario's courseEffect, in the lines of work employers fill with each gender (L/M).
import type { Course } from '../types';

const BIDANI = 'Bidani et al. 2002: courses ~1 month, training effect -6 to +8 pp on employment, none on wages (H)';

export const COURSES: readonly Course[] = [
  { id: 'elderCare', months: 2, fee: 0, stipend: 500, genderFactor: { f: 1.2, m: 0.6 }, skills: ['caring'], demandCategory: 'services', maxAge: 55, source: `${BIDANI}; care-worker wages in northern towns (L)` },
  { id: 'eCommerce', sinceYear: 2010, months: 2, fee: 0, stipend: 500, genderFactor: { f: 1, m: 1 }, skills: ['bookkeeping'], demandCategory: 'retail', maxAge: 45, source: `${BIDANI}; 2016 rural e-commerce drives (M)` },
  { id: 'electrician', months: 4, fee: 1500, stipend: 400, genderFactor: { f: 0.4, m: 1.1 }, skills: ['electrical', 'mechanical'], demandCategory: 'construction', maxAge: 55, source: `${BIDANI}; electrician certificate courses (M)` },
  { id: 'domesticService', months: 1, fee: 0, stipend: 400, genderFactor: { f: 1.3, m: 0.3 }, skills: ['caring', 'cooking'], demandCategory: 'services', maxAge: 55, source: `${BIDANI}; jiazheng programmes for laid-off women (M)` },
  { id: 'driving', months: 3, fee: 3000, stipend: 300, genderFactor: { f: 0.6, m: 1.1 }, skills: ['driving'], demandCategory: null, maxAge: 50, source: `${BIDANI} (driving); logistics driver wages (L)` },
  { id: 'cookingChef', months: 2, fee: 500, stipend: 400, genderFactor: { f: 1, m: 1 }, skills: ['cooking'], demandCategory: 'food', maxAge: 50, source: `${BIDANI} (cooking); canteen and restaurant wages (L)` },
];

export function findCourse(id: string): Course | undefined {
  return COURSES.find((c) => c.id === id);
}
