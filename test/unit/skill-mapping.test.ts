import { describe, expect, it } from 'vitest';
import { sectors, skills } from '../../functions/contracts/taxonomy.ts';
import { mapSkills, normaliseTerm, sectorsOfSkills, singularForms, skillIdOf } from '../../functions/domain/skill-mapping.ts';

describe('the skills vocabulary', () => {
  it('has at least 150 skills, at least five in every sector, each with Dutch and English synonyms', () => {
    expect(skills.length).toBeGreaterThanOrEqual(150);
    for (const sector of sectors) {
      expect(skills.filter((s) => s.sectors.includes(sector.id)).length, sector.id).toBeGreaterThanOrEqual(5);
    }
    for (const skill of skills) expect(skill.synonyms.length, skill.id).toBeGreaterThanOrEqual(2);
  });

  it('gives every word of a skill (id, both labels, every synonym) to that skill alone', () => {
    for (const skill of skills) {
      for (const term of [skill.id, skill.label.nl, skill.label.en, ...skill.synonyms]) expect(skillIdOf(term), `${skill.id}: "${term}"`).toBe(skill.id);
    }
  });
});

describe('mapping free words onto skills', () => {
  it('ignores case, diacritics, apostrophes and punctuation', () => {
    expect(normaliseTerm('  Conciërge ')).toBe('concierge');
    expect(normaliseTerm("Baby's")).toBe('babys');
    expect(normaliseTerm('CNC-operator')).toBe('cnc operator');
    expect(mapSkills(['CONCIERGE', 'kassiere', 'Cnc Operator', 'WELDER']).skillIds).toEqual(['concierge', 'kassawerk', 'cnc-verspanen', 'lassen']);
  });

  it('reads simple Dutch and English plurals of the last word', () => {
    expect(mapSkills(['lassers', 'verpleegkundigen', 'lifeguards', 'schoonmakers', 'personal trainers', "kassa's"]).skillIds).toEqual([
      'lassen',
      'verplegen',
      'zwemles',
      'schoonmaken',
      'fitnessbegeleiding',
    ]);
    expect(singularForms('lessen')).toEqual(['less', 'les', 'lesse']);
    expect(singularForms('babies')).toContain('baby');
    expect(singularForms('vrachtwagen chauffeurs')).toContain('vrachtwagen chauffeur');
  });

  it('maps labels and synonyms in both languages to the same id, once', () => {
    expect(mapSkills(['Lassen', 'lasser', 'welding', 'lassen'])).toEqual({ skillIds: ['lassen'], unknown: [] });
  });

  it('returns the words that match nothing, as typed and once', () => {
    expect(mapSkills(['koken', ' Xylofoon stemmen ', 'xylofoon  STEMMEN', 'qq'])).toEqual({ skillIds: ['koken'], unknown: ['Xylofoon stemmen', 'qq'] });
    expect(mapSkills([])).toEqual({ skillIds: [], unknown: [] });
  });

  it('does not strip a plural down to a stub that happens to be a word', () => {
    expect(singularForms('bus')).toEqual([]);
    expect(skillIdOf('s')).toBeUndefined();
  });

  it('names the sectors of skills, most named first', () => {
    expect(sectorsOfSkills(['verzorgen', 'verplegen', 'schoonmaken'])).toEqual(['zorg', 'schoonmaak', 'horeca']);
    expect(sectorsOfSkills(['samenwerken'])).toEqual([]);
  });
});
