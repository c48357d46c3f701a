import { t as bilingual } from "./messages_DhJMH1nJ.mjs";
import { z } from "zod";
// content/reference/sectors.json
var sectors_default = [
	{
		"id": "techniek",
		"label": {
			"nl": "Techniek",
			"en": "Engineering and technology"
		}
	},
	{
		"id": "bouw",
		"label": {
			"nl": "Bouw",
			"en": "Construction"
		}
	},
	{
		"id": "energie",
		"label": {
			"nl": "Energie",
			"en": "Energy"
		}
	},
	{
		"id": "installatietechniek",
		"label": {
			"nl": "Installatietechniek",
			"en": "Installation engineering"
		}
	},
	{
		"id": "industrie",
		"label": {
			"nl": "Industrie",
			"en": "Manufacturing"
		}
	},
	{
		"id": "zorg",
		"label": {
			"nl": "Zorg",
			"en": "Healthcare"
		}
	},
	{
		"id": "kinderopvang",
		"label": {
			"nl": "Kinderopvang",
			"en": "Childcare"
		}
	},
	{
		"id": "onderwijs",
		"label": {
			"nl": "Onderwijs",
			"en": "Education"
		}
	},
	{
		"id": "horeca",
		"label": {
			"nl": "Horeca",
			"en": "Hospitality"
		}
	},
	{
		"id": "logistiek",
		"label": {
			"nl": "Logistiek",
			"en": "Logistics"
		}
	},
	{
		"id": "transport",
		"label": {
			"nl": "Transport en vervoer",
			"en": "Transport"
		}
	},
	{
		"id": "ict",
		"label": {
			"nl": "ICT",
			"en": "ICT"
		}
	},
	{
		"id": "schoonmaak",
		"label": {
			"nl": "Schoonmaak",
			"en": "Cleaning"
		}
	},
	{
		"id": "detailhandel",
		"label": {
			"nl": "Detailhandel",
			"en": "Retail"
		}
	},
	{
		"id": "groen",
		"label": {
			"nl": "Groen",
			"en": "Green sector and landscaping"
		}
	},
	{
		"id": "land-en-tuinbouw",
		"label": {
			"nl": "Land- en tuinbouw",
			"en": "Agriculture and horticulture"
		}
	},
	{
		"id": "overheid",
		"label": {
			"nl": "Overheid",
			"en": "Public sector"
		}
	},
	{
		"id": "zakelijke-dienstverlening",
		"label": {
			"nl": "Zakelijke dienstverlening",
			"en": "Business services"
		}
	},
	{
		"id": "sport-en-recreatie",
		"label": {
			"nl": "Sport en recreatie",
			"en": "Sport and recreation"
		}
	}
];
// content/reference/regions.json
var regions_default = [
	{
		"id": "landelijk",
		"label": {
			"nl": "Landelijk",
			"en": "Nationwide"
		},
		"province": null
	},
	{
		"id": "achterhoek",
		"label": {
			"nl": "Achterhoek",
			"en": "Achterhoek"
		},
		"province": "gelderland"
	},
	{
		"id": "amersfoort",
		"label": {
			"nl": "Amersfoort",
			"en": "Amersfoort"
		},
		"province": "utrecht"
	},
	{
		"id": "drechtsteden",
		"label": {
			"nl": "Drechtsteden",
			"en": "Drechtsteden"
		},
		"province": "zuid-holland"
	},
	{
		"id": "drenthe",
		"label": {
			"nl": "Drenthe",
			"en": "Drenthe"
		},
		"province": "drenthe"
	},
	{
		"id": "flevoland",
		"label": {
			"nl": "Flevoland",
			"en": "Flevoland"
		},
		"province": "flevoland"
	},
	{
		"id": "foodvalley",
		"label": {
			"nl": "Foodvalley",
			"en": "Foodvalley"
		},
		"province": "gelderland"
	},
	{
		"id": "friesland",
		"label": {
			"nl": "Friesland",
			"en": "Friesland"
		},
		"province": "friesland"
	},
	{
		"id": "gooi-en-vechtstreek",
		"label": {
			"nl": "Gooi en Vechtstreek",
			"en": "Gooi en Vechtstreek"
		},
		"province": "noord-holland"
	},
	{
		"id": "gorinchem",
		"label": {
			"nl": "Gorinchem",
			"en": "Gorinchem"
		},
		"province": "zuid-holland"
	},
	{
		"id": "groningen",
		"label": {
			"nl": "Groningen",
			"en": "Groningen"
		},
		"province": "groningen"
	},
	{
		"id": "groot-amsterdam",
		"label": {
			"nl": "Groot Amsterdam",
			"en": "Greater Amsterdam"
		},
		"province": "noord-holland"
	},
	{
		"id": "haaglanden",
		"label": {
			"nl": "Haaglanden",
			"en": "Haaglanden"
		},
		"province": "zuid-holland"
	},
	{
		"id": "helmond-de-peel",
		"label": {
			"nl": "Helmond-De Peel",
			"en": "Helmond-De Peel"
		},
		"province": "noord-brabant"
	},
	{
		"id": "holland-rijnland",
		"label": {
			"nl": "Holland Rijnland",
			"en": "Holland Rijnland"
		},
		"province": "zuid-holland"
	},
	{
		"id": "midden-brabant",
		"label": {
			"nl": "Midden-Brabant",
			"en": "Midden-Brabant"
		},
		"province": "noord-brabant"
	},
	{
		"id": "midden-gelderland",
		"label": {
			"nl": "Midden-Gelderland",
			"en": "Midden-Gelderland"
		},
		"province": "gelderland"
	},
	{
		"id": "midden-holland",
		"label": {
			"nl": "Midden-Holland",
			"en": "Midden-Holland"
		},
		"province": "zuid-holland"
	},
	{
		"id": "midden-limburg",
		"label": {
			"nl": "Midden-Limburg",
			"en": "Midden-Limburg"
		},
		"province": "limburg"
	},
	{
		"id": "midden-utrecht",
		"label": {
			"nl": "Midden-Utrecht",
			"en": "Midden-Utrecht"
		},
		"province": "utrecht"
	},
	{
		"id": "noord-holland-noord",
		"label": {
			"nl": "Noord-Holland Noord",
			"en": "Noord-Holland Noord"
		},
		"province": "noord-holland"
	},
	{
		"id": "noord-limburg",
		"label": {
			"nl": "Noord-Limburg",
			"en": "Noord-Limburg"
		},
		"province": "limburg"
	},
	{
		"id": "noordoost-brabant",
		"label": {
			"nl": "Noordoost-Brabant",
			"en": "Noordoost-Brabant"
		},
		"province": "noord-brabant"
	},
	{
		"id": "rijk-van-nijmegen",
		"label": {
			"nl": "Rijk van Nijmegen",
			"en": "Rijk van Nijmegen"
		},
		"province": "gelderland"
	},
	{
		"id": "rijnmond",
		"label": {
			"nl": "Rijnmond",
			"en": "Rijnmond"
		},
		"province": "zuid-holland"
	},
	{
		"id": "rivierenland",
		"label": {
			"nl": "Rivierenland",
			"en": "Rivierenland"
		},
		"province": "gelderland"
	},
	{
		"id": "stedendriehoek-en-noordwest-veluwe",
		"label": {
			"nl": "Stedendriehoek en Noordwest Veluwe",
			"en": "Stedendriehoek en Noordwest Veluwe"
		},
		"province": "gelderland"
	},
	{
		"id": "twente",
		"label": {
			"nl": "Twente",
			"en": "Twente"
		},
		"province": "overijssel"
	},
	{
		"id": "west-brabant",
		"label": {
			"nl": "West-Brabant",
			"en": "West-Brabant"
		},
		"province": "noord-brabant"
	},
	{
		"id": "zaanstreek-waterland",
		"label": {
			"nl": "Zaanstreek/Waterland",
			"en": "Zaanstreek/Waterland"
		},
		"province": "noord-holland"
	},
	{
		"id": "zeeland",
		"label": {
			"nl": "Zeeland",
			"en": "Zeeland"
		},
		"province": "zeeland"
	},
	{
		"id": "zuid-holland-centraal",
		"label": {
			"nl": "Zuid-Holland Centraal",
			"en": "Zuid-Holland Centraal"
		},
		"province": "zuid-holland"
	},
	{
		"id": "zuid-kennemerland-en-ijmond",
		"label": {
			"nl": "Zuid-Kennemerland en IJmond",
			"en": "Zuid-Kennemerland en IJmond"
		},
		"province": "noord-holland"
	},
	{
		"id": "zuid-limburg",
		"label": {
			"nl": "Zuid-Limburg",
			"en": "Zuid-Limburg"
		},
		"province": "limburg"
	},
	{
		"id": "zuidoost-brabant",
		"label": {
			"nl": "Zuidoost-Brabant",
			"en": "Zuidoost-Brabant"
		},
		"province": "noord-brabant"
	},
	{
		"id": "regio-zwolle",
		"label": {
			"nl": "Regio Zwolle",
			"en": "Zwolle region"
		},
		"province": "overijssel"
	}
];
// content/reference/provinces.json
var provinces_default = [
	{
		"id": "groningen",
		"label": {
			"nl": "Groningen",
			"en": "Groningen"
		}
	},
	{
		"id": "friesland",
		"label": {
			"nl": "Friesland",
			"en": "Friesland"
		}
	},
	{
		"id": "drenthe",
		"label": {
			"nl": "Drenthe",
			"en": "Drenthe"
		}
	},
	{
		"id": "overijssel",
		"label": {
			"nl": "Overijssel",
			"en": "Overijssel"
		}
	},
	{
		"id": "flevoland",
		"label": {
			"nl": "Flevoland",
			"en": "Flevoland"
		}
	},
	{
		"id": "gelderland",
		"label": {
			"nl": "Gelderland",
			"en": "Gelderland"
		}
	},
	{
		"id": "utrecht",
		"label": {
			"nl": "Utrecht",
			"en": "Utrecht"
		}
	},
	{
		"id": "noord-holland",
		"label": {
			"nl": "Noord-Holland",
			"en": "North Holland"
		}
	},
	{
		"id": "zuid-holland",
		"label": {
			"nl": "Zuid-Holland",
			"en": "South Holland"
		}
	},
	{
		"id": "zeeland",
		"label": {
			"nl": "Zeeland",
			"en": "Zeeland"
		}
	},
	{
		"id": "noord-brabant",
		"label": {
			"nl": "Noord-Brabant",
			"en": "North Brabant"
		}
	},
	{
		"id": "limburg",
		"label": {
			"nl": "Limburg",
			"en": "Limburg"
		}
	}
];
// content/reference/approaches.json
var approaches_default = [
	{
		"id": "leerwerktraject",
		"label": {
			"nl": "Leerwerktraject",
			"en": "Work-based learning programme"
		},
		"description": {
			"nl": "Werken en leren tegelijk, vaak met een opleiding of diploma als doel.",
			"en": "Working and learning at the same time, often leading to a course certificate or diploma."
		}
	},
	{
		"id": "duaal-traject",
		"label": {
			"nl": "Duaal traject",
			"en": "Dual programme"
		},
		"description": {
			"nl": "Taal leren en inburgeren gecombineerd met werk of een opleiding.",
			"en": "Language learning and civic integration combined with work or training."
		}
	},
	{
		"id": "startbaan",
		"label": {
			"nl": "Startbaan",
			"en": "Starter job"
		},
		"description": {
			"nl": "Een betaalde baan direct na vestiging in een gemeente.",
			"en": "A paid job straight after settling in a municipality."
		}
	},
	{
		"id": "taal-op-de-werkvloer",
		"label": {
			"nl": "Taal op de werkvloer",
			"en": "Language learning on the job"
		},
		"description": {
			"nl": "Nederlands leren tijdens het werk, met hulp van collega's of een taalcoach.",
			"en": "Learning Dutch while working, with help from colleagues or a language coach."
		}
	},
	{
		"id": "mentoring",
		"label": {
			"nl": "Mentoring",
			"en": "Mentoring"
		},
		"description": {
			"nl": "Een ervaren vakgenoot helpt bij loopbaan en netwerk.",
			"en": "An experienced professional helps with career and network."
		}
	},
	{
		"id": "jobcoaching",
		"label": {
			"nl": "Jobcoaching",
			"en": "Job coaching"
		},
		"description": {
			"nl": "Begeleiding op de werkplek door een jobcoach.",
			"en": "Support at the workplace by a job coach."
		}
	},
	{
		"id": "bemiddeling",
		"label": {
			"nl": "Bemiddeling",
			"en": "Job placement"
		},
		"description": {
			"nl": "Werkzoekenden en werkgevers met elkaar in contact brengen.",
			"en": "Bringing jobseekers and employers together."
		}
	},
	{
		"id": "buddy",
		"label": {
			"nl": "Buddy",
			"en": "Buddy"
		},
		"description": {
			"nl": "Een vrijwilliger of collega die persoonlijk ondersteunt.",
			"en": "A volunteer or colleague who offers personal support."
		}
	},
	{
		"id": "praktijkleren-mbo",
		"label": {
			"nl": "Praktijkleren in het mbo",
			"en": "Practical vocational learning (mbo)"
		},
		"description": {
			"nl": "Leren in de praktijk met een erkend mbo-certificaat of -diploma.",
			"en": "Learning in practice towards a recognised vocational certificate or diploma."
		}
	},
	{
		"id": "werkervaringsplaats",
		"label": {
			"nl": "Werkervaringsplaats",
			"en": "Work experience placement"
		},
		"description": {
			"nl": "Tijdelijk werkervaring opdoen bij een werkgever.",
			"en": "Gaining work experience with an employer for a limited time."
		}
	},
	{
		"id": "traineeship",
		"label": {
			"nl": "Traineeship",
			"en": "Traineeship"
		},
		"description": {
			"nl": "Een traject waarin iemand werkt bij een organisatie en zich ontwikkelt.",
			"en": "A programme in which someone works at an organisation and develops skills."
		}
	},
	{
		"id": "skills-matching",
		"label": {
			"nl": "Matchen op vaardigheden",
			"en": "Skills-based matching"
		},
		"description": {
			"nl": "Matchen op wat iemand kan, niet alleen op diploma's.",
			"en": "Matching on what someone can do, not only on diplomas."
		}
	},
	{
		"id": "assessment",
		"label": {
			"nl": "Assessment",
			"en": "Assessment"
		},
		"description": {
			"nl": "Wensen en vaardigheden vroeg in beeld brengen.",
			"en": "Mapping wishes and skills early on."
		}
	},
	{
		"id": "banenmarkt",
		"label": {
			"nl": "Banenmarkt",
			"en": "Job fair"
		},
		"description": {
			"nl": "Ontmoetingen tussen werkzoekenden en werkgevers.",
			"en": "Meetings between jobseekers and employers."
		}
	},
	{
		"id": "sleutelfiguren",
		"label": {
			"nl": "Sleutelfiguren",
			"en": "Key figures"
		},
		"description": {
			"nl": "Mensen met ervaring uit de eigen groep die informatie geven in de eigen taal.",
			"en": "People from the community who share information in their own language."
		}
	}
];
// content/reference/offers.json
var offers_default = [
	{
		"id": "leerwerkplek",
		"label": {
			"nl": "Leerwerkplek",
			"en": "Work-based learning place"
		}
	},
	{
		"id": "startbaan",
		"label": {
			"nl": "Startbaan",
			"en": "Starter job"
		}
	},
	{
		"id": "stage",
		"label": {
			"nl": "Stage",
			"en": "Internship"
		}
	},
	{
		"id": "proefplaatsing",
		"label": {
			"nl": "Proefplaatsing",
			"en": "Trial placement"
		}
	},
	{
		"id": "werkervaringsplaats",
		"label": {
			"nl": "Werkervaringsplaats",
			"en": "Work experience placement"
		}
	},
	{
		"id": "vacature",
		"label": {
			"nl": "Vacature",
			"en": "Job vacancy"
		}
	},
	{
		"id": "mentoring",
		"label": {
			"nl": "Mentoring",
			"en": "Mentoring"
		}
	},
	{
		"id": "taalbuddy",
		"label": {
			"nl": "Taalbuddy",
			"en": "Language buddy"
		}
	},
	{
		"id": "taal-op-de-werkvloer",
		"label": {
			"nl": "Taal op de werkvloer",
			"en": "Language learning on the job"
		}
	}
];
// content/reference/language-levels.json
var language_levels_default = [
	{
		"id": "A0",
		"label": {
			"nl": "A0 – nog geen Nederlands",
			"en": "A0 – no Dutch yet"
		}
	},
	{
		"id": "A1",
		"label": {
			"nl": "A1 – beginner",
			"en": "A1 – beginner"
		}
	},
	{
		"id": "A2",
		"label": {
			"nl": "A2 – basis",
			"en": "A2 – elementary"
		}
	},
	{
		"id": "B1",
		"label": {
			"nl": "B1 – gemiddeld",
			"en": "B1 – intermediate"
		}
	},
	{
		"id": "B2",
		"label": {
			"nl": "B2 – goed",
			"en": "B2 – upper intermediate"
		}
	},
	{
		"id": "C1",
		"label": {
			"nl": "C1 – zeer goed",
			"en": "C1 – advanced"
		}
	},
	{
		"id": "C2",
		"label": {
			"nl": "C2 – uitstekend",
			"en": "C2 – proficient"
		}
	}
];
// content/reference/education-levels.json
var education_levels_default = [
	{
		"id": "geen",
		"label": {
			"nl": "Geen opleiding",
			"en": "No education"
		}
	},
	{
		"id": "basis",
		"label": {
			"nl": "Basisonderwijs",
			"en": "Primary education"
		}
	},
	{
		"id": "mbo-1",
		"label": {
			"nl": "mbo 1 (entree)",
			"en": "Vocational level 1 (entry)"
		}
	},
	{
		"id": "mbo-2",
		"label": {
			"nl": "mbo 2",
			"en": "Vocational level 2"
		}
	},
	{
		"id": "mbo-3",
		"label": {
			"nl": "mbo 3",
			"en": "Vocational level 3"
		}
	},
	{
		"id": "mbo-4",
		"label": {
			"nl": "mbo 4",
			"en": "Vocational level 4"
		}
	},
	{
		"id": "hbo",
		"label": {
			"nl": "hbo",
			"en": "Higher professional education (bachelor)"
		}
	},
	{
		"id": "wo",
		"label": {
			"nl": "wo",
			"en": "University"
		}
	}
];
// content/reference/action-lines.json
var action_lines_default = [
	{
		"id": 1,
		"slug": "vroege-participatie-vanuit-het-azc",
		"label": {
			"nl": "Vroege participatie vanuit het azc",
			"en": "Early participation from the asylum reception centre"
		},
		"description": {
			"nl": "Statushouders en kansrijke asielzoekers beginnen al in de opvang met taal, vrijwilligerswerk of betaald werk.",
			"en": "Status holders and asylum seekers with good prospects start language learning, volunteering or paid work while still in reception."
		}
	},
	{
		"id": 2,
		"slug": "ondersteuning-en-samenwerking-werkgevers-en-branches",
		"label": {
			"nl": "Gerichte ondersteuning en samenwerking met werkgevers en branches",
			"en": "Targeted support for and cooperation with employers and sectors"
		},
		"description": {
			"nl": "Werkgevers en branches krijgen hulp en informatie, zodat zij makkelijker statushouders aannemen en opleiden op de werkvloer.",
			"en": "Employers and sectors get help and information so they can more easily hire and train status holders on the job."
		}
	},
	{
		"id": 3,
		"slug": "regionale-samenwerking-en-startbanen",
		"label": {
			"nl": "Regionale samenwerking via gemeenten en arbeidsmarktregio's, waaronder startbanen",
			"en": "Regional cooperation through municipalities and labour market regions, including starter jobs"
		},
		"description": {
			"nl": "Gemeenten en regio's delen wat werkt en bieden meer (leer)werktrajecten en startbanen aan.",
			"en": "Municipalities and regions share what works and offer more work-based learning and starter jobs."
		}
	},
	{
		"id": 4,
		"slug": "werken-op-eigen-niveau",
		"label": {
			"nl": "Werken op eigen niveau",
			"en": "Working at one's own level"
		},
		"description": {
			"nl": "Statushouders krijgen kansen op werk dat past bij hun opleiding, ervaring en vaardigheden.",
			"en": "Status holders get opportunities for work that matches their education, experience and skills."
		}
	}
];
// content/reference/target-groups.json
var target_groups_default = [
	{
		"id": "statushouders",
		"label": {
			"nl": "Statushouders",
			"en": "Status holders (refugees with a residence permit)"
		}
	},
	{
		"id": "statushouders-in-azc",
		"label": {
			"nl": "Statushouders in het azc",
			"en": "Status holders in asylum reception"
		}
	},
	{
		"id": "kansrijke-asielzoekers",
		"label": {
			"nl": "Kansrijke asielzoekers",
			"en": "Asylum seekers with good prospects"
		}
	},
	{
		"id": "hoogopgeleide-statushouders",
		"label": {
			"nl": "Statushouders met mbo-, hbo- of wo-opleiding",
			"en": "Status holders with vocational or higher education"
		}
	},
	{
		"id": "gevluchte-zorgprofessionals",
		"label": {
			"nl": "Gevluchte zorgprofessionals",
			"en": "Refugee healthcare professionals"
		}
	},
	{
		"id": "jongeren",
		"label": {
			"nl": "Jonge vluchtelingen",
			"en": "Young refugees"
		}
	},
	{
		"id": "ontheemden-uit-oekraine",
		"label": {
			"nl": "Ontheemden uit Oekraïne",
			"en": "Displaced people from Ukraine"
		}
	},
	{
		"id": "nieuwkomers",
		"label": {
			"nl": "Nieuwkomers",
			"en": "Newcomers"
		}
	},
	{
		"id": "mensen-met-migratieachtergrond",
		"label": {
			"nl": "Mensen met een migratieachtergrond",
			"en": "People with a migration background"
		}
	}
];
// content/reference/skills.json
var skills_default = /*#__PURE__*/ JSON.parse("[{\"id\":\"lassen\",\"label\":{\"nl\":\"Lassen\",\"en\":\"Welding\"},\"synonyms\":[\"lasser\",\"welder\",\"welding\"],\"sectors\":[\"techniek\",\"industrie\",\"bouw\"]},{\"id\":\"elektrotechniek\",\"label\":{\"nl\":\"Elektrotechniek\",\"en\":\"Electrical engineering\"},\"synonyms\":[\"elektricien\",\"electrician\",\"elektromonteur\"],\"sectors\":[\"techniek\",\"energie\",\"installatietechniek\"]},{\"id\":\"monteren\",\"label\":{\"nl\":\"Monteren\",\"en\":\"Fitting and assembly\"},\"synonyms\":[\"monteur\",\"mechanic\",\"fitter\",\"assemblage\"],\"sectors\":[\"techniek\",\"energie\",\"installatietechniek\",\"industrie\"]},{\"id\":\"installatietechniek\",\"label\":{\"nl\":\"Installatietechniek\",\"en\":\"Installation engineering\"},\"synonyms\":[\"installateur\",\"loodgieter\",\"plumber\",\"HVAC\"],\"sectors\":[\"installatietechniek\",\"techniek\",\"bouw\"]},{\"id\":\"netwerkaanleg\",\"label\":{\"nl\":\"Aanleg van energienetten\",\"en\":\"Energy grid installation\"},\"synonyms\":[\"netmonteur\",\"kabelwerk\",\"grid technician\"],\"sectors\":[\"energie\",\"techniek\"]},{\"id\":\"zonnepanelen-installeren\",\"label\":{\"nl\":\"Zonnepanelen installeren\",\"en\":\"Solar panel installation\"},\"synonyms\":[\"zonne-energie\",\"solar installer\",\"PV-monteur\",\"zonnepanelen\",\"zonnepaneel\"],\"sectors\":[\"energie\",\"installatietechniek\"]},{\"id\":\"metselen\",\"label\":{\"nl\":\"Metselen\",\"en\":\"Bricklaying\"},\"synonyms\":[\"metselaar\",\"bricklayer\"],\"sectors\":[\"bouw\"]},{\"id\":\"timmeren\",\"label\":{\"nl\":\"Timmeren\",\"en\":\"Carpentry\"},\"synonyms\":[\"timmerman\",\"carpenter\",\"houtbewerking\",\"timmerlieden\",\"timmerwerk\"],\"sectors\":[\"bouw\"]},{\"id\":\"schilderen\",\"label\":{\"nl\":\"Schilderen\",\"en\":\"Painting and decorating\"},\"synonyms\":[\"schilder\",\"painter\"],\"sectors\":[\"bouw\"]},{\"id\":\"machines-bedienen\",\"label\":{\"nl\":\"Machines bedienen\",\"en\":\"Operating machinery\"},\"synonyms\":[\"operator\",\"productiemedewerker\",\"machine operator\"],\"sectors\":[\"industrie\",\"techniek\"]},{\"id\":\"koken\",\"label\":{\"nl\":\"Koken\",\"en\":\"Cooking\"},\"synonyms\":[\"kok\",\"assistent-kok\",\"chef\",\"cook\",\"keukenhulp\"],\"sectors\":[\"horeca\"]},{\"id\":\"bediening\",\"label\":{\"nl\":\"Bediening\",\"en\":\"Serving guests\"},\"synonyms\":[\"ober\",\"serveerster\",\"waiter\",\"gastvrijheid\"],\"sectors\":[\"horeca\"]},{\"id\":\"schoonmaken\",\"label\":{\"nl\":\"Schoonmaken\",\"en\":\"Cleaning\"},\"synonyms\":[\"schoonmaker\",\"cleaner\",\"huishoudelijk werk\",\"poetsen\",\"schoonmaakwerk\"],\"sectors\":[\"schoonmaak\",\"zorg\",\"horeca\"]},{\"id\":\"heftruck-rijden\",\"label\":{\"nl\":\"Heftruck rijden\",\"en\":\"Forklift driving\"},\"synonyms\":[\"heftruckchauffeur\",\"forklift\",\"reachtruck\",\"heftruck\",\"heftruckcertificaat\"],\"sectors\":[\"logistiek\"]},{\"id\":\"orderpicken\",\"label\":{\"nl\":\"Orderpicken\",\"en\":\"Order picking\"},\"synonyms\":[\"magazijnmedewerker\",\"warehouse\",\"picker\"],\"sectors\":[\"logistiek\",\"detailhandel\"]},{\"id\":\"chauffeur\",\"label\":{\"nl\":\"Chauffeur\",\"en\":\"Driving\"},\"synonyms\":[\"vrachtwagenchauffeur\",\"buschauffeur\",\"driver\",\"bezorger\",\"rijden\"],\"sectors\":[\"transport\",\"logistiek\"]},{\"id\":\"verzorgen\",\"label\":{\"nl\":\"Verzorgen\",\"en\":\"Personal care\"},\"synonyms\":[\"verzorgende\",\"helpende zorg\",\"caregiver\",\"thuiszorg\",\"zorgverlener\"],\"sectors\":[\"zorg\"]},{\"id\":\"verplegen\",\"label\":{\"nl\":\"Verplegen\",\"en\":\"Nursing\"},\"synonyms\":[\"verpleegkundige\",\"nurse\"],\"sectors\":[\"zorg\"]},{\"id\":\"medische-zorg\",\"label\":{\"nl\":\"Medische zorg\",\"en\":\"Medical care\"},\"synonyms\":[\"arts\",\"doctor\",\"tandarts\",\"apotheker\"],\"sectors\":[\"zorg\"]},{\"id\":\"kinderopvang\",\"label\":{\"nl\":\"Kinderen begeleiden\",\"en\":\"Childcare\"},\"synonyms\":[\"pedagogisch medewerker\",\"groepshulp\",\"childcare worker\"],\"sectors\":[\"kinderopvang\",\"onderwijs\"]},{\"id\":\"lesgeven\",\"label\":{\"nl\":\"Lesgeven\",\"en\":\"Teaching\"},\"synonyms\":[\"leraar\",\"docent\",\"teacher\"],\"sectors\":[\"onderwijs\"]},{\"id\":\"programmeren\",\"label\":{\"nl\":\"Programmeren\",\"en\":\"Programming\"},\"synonyms\":[\"developer\",\"software\",\"programmeur\",\"coding\"],\"sectors\":[\"ict\"]},{\"id\":\"ict-support\",\"label\":{\"nl\":\"ICT-ondersteuning\",\"en\":\"IT support\"},\"synonyms\":[\"helpdesk\",\"systeembeheer\",\"IT support\"],\"sectors\":[\"ict\"]},{\"id\":\"klantenservice\",\"label\":{\"nl\":\"Klantenservice\",\"en\":\"Customer service\"},\"synonyms\":[\"klantcontact\",\"callcenter\",\"customer service\"],\"sectors\":[\"zakelijke-dienstverlening\",\"detailhandel\"]},{\"id\":\"kassawerk\",\"label\":{\"nl\":\"Kassawerk\",\"en\":\"Cashier work\"},\"synonyms\":[\"caissiere\",\"kassamedewerker\",\"cashier\",\"kassière\",\"kassajuffrouw\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"vakkenvullen\",\"label\":{\"nl\":\"Vakken vullen\",\"en\":\"Shelf stacking\"},\"synonyms\":[\"winkelmedewerker\",\"shelf stacker\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"verkopen\",\"label\":{\"nl\":\"Verkopen\",\"en\":\"Sales\"},\"synonyms\":[\"verkoper\",\"verkoopmedewerker\",\"sales\"],\"sectors\":[\"detailhandel\",\"zakelijke-dienstverlening\"]},{\"id\":\"tuinonderhoud\",\"label\":{\"nl\":\"Tuinonderhoud\",\"en\":\"Gardening and grounds maintenance\"},\"synonyms\":[\"hovenier\",\"groenvoorziening\",\"gardener\"],\"sectors\":[\"groen\"]},{\"id\":\"tuinbouw\",\"label\":{\"nl\":\"Tuinbouw\",\"en\":\"Horticulture\"},\"synonyms\":[\"kassenwerk\",\"oogsten\",\"greenhouse worker\"],\"sectors\":[\"land-en-tuinbouw\",\"groen\"]},{\"id\":\"administratie\",\"label\":{\"nl\":\"Administratie\",\"en\":\"Administration\"},\"synonyms\":[\"administratief medewerker\",\"office work\",\"administratief werk\",\"data entry\"],\"sectors\":[\"zakelijke-dienstverlening\",\"overheid\"]},{\"id\":\"tolken-vertalen\",\"label\":{\"nl\":\"Tolken en vertalen\",\"en\":\"Interpreting and translation\"},\"synonyms\":[\"tolk\",\"vertaler\",\"interpreter\",\"translator\"],\"sectors\":[\"zakelijke-dienstverlening\",\"zorg\",\"overheid\"]},{\"id\":\"beveiliging\",\"label\":{\"nl\":\"Beveiliging\",\"en\":\"Security\"},\"synonyms\":[\"beveiliger\",\"security guard\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"sportbegeleiding\",\"label\":{\"nl\":\"Sportbegeleiding\",\"en\":\"Sports coaching\"},\"synonyms\":[\"trainer\",\"sportinstructeur\",\"coach\"],\"sectors\":[\"sport-en-recreatie\"]},{\"id\":\"samenwerken\",\"label\":{\"nl\":\"Samenwerken\",\"en\":\"Teamwork\"},\"synonyms\":[\"teamwork\",\"collega's helpen\",\"teamspeler\",\"team player\"],\"sectors\":[]},{\"id\":\"nederlands-spreken\",\"label\":{\"nl\":\"Nederlands spreken\",\"en\":\"Speaking Dutch\"},\"synonyms\":[\"taalvaardigheid\",\"Dutch language\",\"Nederlands\",\"Dutch\"],\"sectors\":[]},{\"id\":\"cnc-verspanen\",\"label\":{\"nl\":\"CNC-verspanen\",\"en\":\"CNC machining\"},\"synonyms\":[\"cnc-operator\",\"verspaner\",\"draaier\",\"frezer\",\"cnc machinist\",\"machining\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"plaatbewerken\",\"label\":{\"nl\":\"Plaatbewerken\",\"en\":\"Sheet metal work\"},\"synonyms\":[\"plaatwerker\",\"metaalbewerker\",\"sheet metal worker\",\"metalwork\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"constructiebankwerken\",\"label\":{\"nl\":\"Constructiebankwerken\",\"en\":\"Structural steel fabrication\"},\"synonyms\":[\"bankwerker\",\"constructiewerker\",\"steel fabricator\",\"staalbouw\"],\"sectors\":[\"techniek\",\"industrie\",\"bouw\"]},{\"id\":\"machine-onderhoud\",\"label\":{\"nl\":\"Onderhoud van machines\",\"en\":\"Machine maintenance\"},\"synonyms\":[\"onderhoudsmonteur\",\"storingsmonteur\",\"maintenance technician\",\"service engineer\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"mechatronica\",\"label\":{\"nl\":\"Mechatronica\",\"en\":\"Mechatronics\"},\"synonyms\":[\"mechatronicus\",\"mechatronics technician\",\"robotica\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"autotechniek\",\"label\":{\"nl\":\"Autotechniek\",\"en\":\"Car mechanics\"},\"synonyms\":[\"automonteur\",\"autogarage\",\"car mechanic\",\"apk-keurder\"],\"sectors\":[\"techniek\"]},{\"id\":\"fietsen-repareren\",\"label\":{\"nl\":\"Fietsen repareren\",\"en\":\"Bicycle repair\"},\"synonyms\":[\"fietsenmaker\",\"fietsmonteur\",\"bike mechanic\",\"bicycle mechanic\"],\"sectors\":[\"techniek\",\"detailhandel\"]},{\"id\":\"koeltechniek\",\"label\":{\"nl\":\"Koel- en klimaattechniek\",\"en\":\"Refrigeration and air conditioning\"},\"synonyms\":[\"koeltechnicus\",\"airco-monteur\",\"refrigeration technician\",\"air conditioning\"],\"sectors\":[\"installatietechniek\",\"techniek\"]},{\"id\":\"solderen\",\"label\":{\"nl\":\"Solderen\",\"en\":\"Soldering\"},\"synonyms\":[\"soldeerder\",\"printplaten\",\"solderer\",\"soldering\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"technisch-tekenen\",\"label\":{\"nl\":\"Technisch tekenen\",\"en\":\"Technical drawing\"},\"synonyms\":[\"tekenaar\",\"autocad\",\"cad-tekenaar\",\"draughtsman\",\"technical drawing\"],\"sectors\":[\"techniek\",\"bouw\",\"installatietechniek\"]},{\"id\":\"kwaliteitscontrole\",\"label\":{\"nl\":\"Kwaliteitscontrole\",\"en\":\"Quality control\"},\"synonyms\":[\"kwaliteitscontroleur\",\"keurmeester\",\"quality inspector\",\"quality control\"],\"sectors\":[\"industrie\",\"techniek\"]},{\"id\":\"productiewerk\",\"label\":{\"nl\":\"Productiewerk\",\"en\":\"Production work\"},\"synonyms\":[\"productiewerker\",\"lopende band\",\"production worker\",\"assembly line\"],\"sectors\":[\"industrie\"]},{\"id\":\"inpakken\",\"label\":{\"nl\":\"Inpakken\",\"en\":\"Packing\"},\"synonyms\":[\"inpakker\",\"verpakken\",\"packer\",\"packaging\"],\"sectors\":[\"industrie\",\"logistiek\"]},{\"id\":\"voedselproductie\",\"label\":{\"nl\":\"Voedselproductie\",\"en\":\"Food production\"},\"synonyms\":[\"levensmiddelenindustrie\",\"voedingsmiddelenindustrie\",\"food processing\",\"food production\"],\"sectors\":[\"industrie\"]},{\"id\":\"spuiten-lakken\",\"label\":{\"nl\":\"Spuiten en lakken\",\"en\":\"Spray painting\"},\"synonyms\":[\"spuiter\",\"autospuiter\",\"lakker\",\"spray painter\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"meubelmaken\",\"label\":{\"nl\":\"Meubelmaken\",\"en\":\"Furniture making\"},\"synonyms\":[\"meubelmaker\",\"schrijnwerker\",\"furniture maker\",\"cabinetmaker\"],\"sectors\":[\"industrie\",\"bouw\"]},{\"id\":\"naaien\",\"label\":{\"nl\":\"Naaien en textielbewerking\",\"en\":\"Sewing and tailoring\"},\"synonyms\":[\"naaister\",\"kleermaker\",\"tailor\",\"seamstress\",\"sewing\"],\"sectors\":[\"industrie\",\"detailhandel\"]},{\"id\":\"elektronica\",\"label\":{\"nl\":\"Elektronica\",\"en\":\"Electronics\"},\"synonyms\":[\"elektronicus\",\"elektronicamonteur\",\"electronics technician\",\"electronics\"],\"sectors\":[\"techniek\",\"industrie\"]},{\"id\":\"procesoperator\",\"label\":{\"nl\":\"Processen bewaken\",\"en\":\"Process operation\"},\"synonyms\":[\"procesoperator\",\"operator chemie\",\"process operator\",\"control room\"],\"sectors\":[\"industrie\",\"energie\"]},{\"id\":\"tegelzetten\",\"label\":{\"nl\":\"Tegelzetten\",\"en\":\"Tiling\"},\"synonyms\":[\"tegelzetter\",\"tegels\",\"tiler\",\"tiling\"],\"sectors\":[\"bouw\"]},{\"id\":\"stukadoren\",\"label\":{\"nl\":\"Stukadoren\",\"en\":\"Plastering\"},\"synonyms\":[\"stukadoor\",\"stucwerk\",\"plasterer\",\"plastering\"],\"sectors\":[\"bouw\"]},{\"id\":\"dakdekken\",\"label\":{\"nl\":\"Dakdekken\",\"en\":\"Roofing\"},\"synonyms\":[\"dakdekker\",\"dakwerk\",\"roofer\",\"roofing\"],\"sectors\":[\"bouw\"]},{\"id\":\"betonwerk\",\"label\":{\"nl\":\"Betonwerk\",\"en\":\"Concrete work\"},\"synonyms\":[\"betonwerker\",\"betonvlechter\",\"bekisting\",\"concrete worker\"],\"sectors\":[\"bouw\"]},{\"id\":\"grond-weg-waterbouw\",\"label\":{\"nl\":\"Grond-, weg- en waterbouw\",\"en\":\"Civil engineering works\"},\"synonyms\":[\"grondwerker\",\"wegenbouwer\",\"stratenmaker\",\"road worker\",\"paver\"],\"sectors\":[\"bouw\"]},{\"id\":\"slopen\",\"label\":{\"nl\":\"Slopen\",\"en\":\"Demolition\"},\"synonyms\":[\"sloper\",\"sloopwerk\",\"demolition worker\",\"demolition\"],\"sectors\":[\"bouw\"]},{\"id\":\"steigerbouw\",\"label\":{\"nl\":\"Steigerbouw\",\"en\":\"Scaffolding\"},\"synonyms\":[\"steigerbouwer\",\"steigers\",\"scaffolder\",\"scaffolding\"],\"sectors\":[\"bouw\"]},{\"id\":\"glaszetten\",\"label\":{\"nl\":\"Glaszetten\",\"en\":\"Glazing\"},\"synonyms\":[\"glaszetter\",\"beglazing\",\"glazier\",\"glazing\"],\"sectors\":[\"bouw\"]},{\"id\":\"vloeren-leggen\",\"label\":{\"nl\":\"Vloeren leggen\",\"en\":\"Floor laying\"},\"synonyms\":[\"vloerenlegger\",\"parketteur\",\"floor layer\",\"flooring\"],\"sectors\":[\"bouw\"]},{\"id\":\"isoleren\",\"label\":{\"nl\":\"Isoleren\",\"en\":\"Insulation\"},\"synonyms\":[\"isolatiemonteur\",\"na-isolatie\",\"insulation installer\",\"insulation\"],\"sectors\":[\"bouw\",\"energie\"]},{\"id\":\"grondverzet\",\"label\":{\"nl\":\"Grondverzetmachines bedienen\",\"en\":\"Operating earth-moving equipment\"},\"synonyms\":[\"machinist grondverzet\",\"graafmachinist\",\"kraanmachinist\",\"excavator operator\",\"crane operator\"],\"sectors\":[\"bouw\"]},{\"id\":\"bouwplaats-assisteren\",\"label\":{\"nl\":\"Bouwplaats assisteren\",\"en\":\"Construction labouring\"},\"synonyms\":[\"bouwvakker\",\"opperman\",\"hulp op de bouw\",\"construction worker\",\"labourer\"],\"sectors\":[\"bouw\"]},{\"id\":\"klussen\",\"label\":{\"nl\":\"Klussen en onderhoud\",\"en\":\"Handyman work\"},\"synonyms\":[\"klusjesman\",\"klussenbedrijf\",\"handyman\",\"odd jobs\"],\"sectors\":[\"bouw\",\"zakelijke-dienstverlening\"]},{\"id\":\"veilig-werken-vca\",\"label\":{\"nl\":\"Veilig werken (VCA)\",\"en\":\"Safety certificate (VCA)\"},\"synonyms\":[\"vca\",\"veiligheidscertificaat\",\"vca-diploma\",\"safety certificate\",\"safety training\"],\"sectors\":[\"bouw\",\"techniek\",\"installatietechniek\",\"energie\",\"industrie\"]},{\"id\":\"warmtepompen\",\"label\":{\"nl\":\"Warmtepompen installeren\",\"en\":\"Heat pump installation\"},\"synonyms\":[\"warmtepompmonteur\",\"warmtepomp\",\"heat pump installer\",\"heat pump\"],\"sectors\":[\"energie\",\"installatietechniek\"]},{\"id\":\"laadpalen\",\"label\":{\"nl\":\"Laadpalen installeren\",\"en\":\"EV charger installation\"},\"synonyms\":[\"laadpaalmonteur\",\"laadpaal\",\"charging station installer\",\"ev charger\"],\"sectors\":[\"energie\",\"installatietechniek\"]},{\"id\":\"windturbines\",\"label\":{\"nl\":\"Windturbines onderhouden\",\"en\":\"Wind turbine maintenance\"},\"synonyms\":[\"windturbinetechnicus\",\"windmolen\",\"wind technician\",\"wind turbine\"],\"sectors\":[\"energie\",\"techniek\"]},{\"id\":\"slimme-meters\",\"label\":{\"nl\":\"Slimme meters plaatsen\",\"en\":\"Smart meter installation\"},\"synonyms\":[\"metermonteur\",\"slimme meter\",\"smart meter installer\",\"meter installation\"],\"sectors\":[\"energie\"]},{\"id\":\"cv-installaties\",\"label\":{\"nl\":\"CV-installaties onderhouden\",\"en\":\"Boiler servicing\"},\"synonyms\":[\"cv-monteur\",\"servicemonteur\",\"cv-ketel\",\"boiler technician\",\"boiler\"],\"sectors\":[\"installatietechniek\",\"energie\"]},{\"id\":\"sanitair\",\"label\":{\"nl\":\"Sanitair installeren\",\"en\":\"Sanitary installation\"},\"synonyms\":[\"badkamermonteur\",\"sanitairmonteur\",\"sanitary fitter\",\"bathroom fitter\"],\"sectors\":[\"installatietechniek\",\"bouw\"]},{\"id\":\"leidingwerk\",\"label\":{\"nl\":\"Leidingen leggen\",\"en\":\"Pipefitting\"},\"synonyms\":[\"pijpfitter\",\"leidingmonteur\",\"pipefitter\",\"pipework\"],\"sectors\":[\"installatietechniek\",\"industrie\",\"energie\"]},{\"id\":\"energieadvies\",\"label\":{\"nl\":\"Energieadvies\",\"en\":\"Energy advice\"},\"synonyms\":[\"energiecoach\",\"energieadviseur\",\"energy advisor\",\"energy coach\"],\"sectors\":[\"energie\",\"overheid\"]},{\"id\":\"ouderenzorg\",\"label\":{\"nl\":\"Ouderenzorg\",\"en\":\"Elderly care\"},\"synonyms\":[\"bejaardenzorg\",\"verpleeghuis\",\"zorghuis\",\"elderly care\",\"care home\"],\"sectors\":[\"zorg\"]},{\"id\":\"gehandicaptenzorg\",\"label\":{\"nl\":\"Gehandicaptenzorg\",\"en\":\"Disability care\"},\"synonyms\":[\"begeleider gehandicaptenzorg\",\"dagbesteding\",\"disability support worker\",\"disability care\"],\"sectors\":[\"zorg\"]},{\"id\":\"apotheek\",\"label\":{\"nl\":\"Apotheekwerk\",\"en\":\"Pharmacy assistance\"},\"synonyms\":[\"apothekersassistent\",\"apotheekmedewerker\",\"pharmacy assistant\",\"pharmacy\"],\"sectors\":[\"zorg\",\"detailhandel\"]},{\"id\":\"tandartsassistentie\",\"label\":{\"nl\":\"Tandartsassistentie\",\"en\":\"Dental assistance\"},\"synonyms\":[\"tandartsassistent\",\"mondzorg\",\"dental assistant\"],\"sectors\":[\"zorg\"]},{\"id\":\"doktersassistentie\",\"label\":{\"nl\":\"Doktersassistentie\",\"en\":\"Medical assistance\"},\"synonyms\":[\"doktersassistent\",\"praktijkassistent\",\"medical assistant\",\"huisartsenpraktijk\"],\"sectors\":[\"zorg\"]},{\"id\":\"fysiotherapie\",\"label\":{\"nl\":\"Fysiotherapie\",\"en\":\"Physiotherapy\"},\"synonyms\":[\"fysiotherapeut\",\"fysio\",\"physiotherapist\",\"physiotherapy\"],\"sectors\":[\"zorg\",\"sport-en-recreatie\"]},{\"id\":\"ggz\",\"label\":{\"nl\":\"Geestelijke gezondheidszorg\",\"en\":\"Mental health care\"},\"synonyms\":[\"ggz-medewerker\",\"psychiatrie\",\"mental health worker\",\"mental health\"],\"sectors\":[\"zorg\"]},{\"id\":\"laboratorium\",\"label\":{\"nl\":\"Laboratoriumwerk\",\"en\":\"Laboratory work\"},\"synonyms\":[\"laborant\",\"analist\",\"lab technician\",\"laboratory\"],\"sectors\":[\"zorg\",\"industrie\"]},{\"id\":\"sterilisatie\",\"label\":{\"nl\":\"Sterilisatie van instrumenten\",\"en\":\"Sterilisation\"},\"synonyms\":[\"sterilisatiemedewerker\",\"csa-medewerker\",\"sterilisation technician\"],\"sectors\":[\"zorg\"]},{\"id\":\"maatschappelijk-werk\",\"label\":{\"nl\":\"Maatschappelijk werk\",\"en\":\"Social work\"},\"synonyms\":[\"maatschappelijk werker\",\"sociaal werker\",\"social worker\",\"social work\"],\"sectors\":[\"zorg\",\"overheid\"]},{\"id\":\"jongerenwerk\",\"label\":{\"nl\":\"Jongerenwerk\",\"en\":\"Youth work\"},\"synonyms\":[\"jongerenwerker\",\"buurtwerk\",\"youth worker\",\"youth work\"],\"sectors\":[\"zorg\",\"sport-en-recreatie\",\"overheid\"]},{\"id\":\"woonbegeleiding\",\"label\":{\"nl\":\"Woonbegeleiding\",\"en\":\"Residential support\"},\"synonyms\":[\"woonbegeleider\",\"persoonlijk begeleider\",\"support worker\",\"residential care\"],\"sectors\":[\"zorg\"]},{\"id\":\"eerste-hulp\",\"label\":{\"nl\":\"Eerste hulp (EHBO, BHV)\",\"en\":\"First aid\"},\"synonyms\":[\"ehbo\",\"bhv\",\"bedrijfshulpverlening\",\"first aid\",\"first aider\"],\"sectors\":[]},{\"id\":\"buitenschoolse-opvang\",\"label\":{\"nl\":\"Buitenschoolse opvang\",\"en\":\"Out-of-school care\"},\"synonyms\":[\"bso\",\"bso-medewerker\",\"after-school care\",\"after school club\"],\"sectors\":[\"kinderopvang\"]},{\"id\":\"gastouderschap\",\"label\":{\"nl\":\"Gastouderschap\",\"en\":\"Childminding\"},\"synonyms\":[\"gastouder\",\"oppas\",\"childminder\",\"nanny\",\"babysitter\"],\"sectors\":[\"kinderopvang\"]},{\"id\":\"peuterspeelzaal\",\"label\":{\"nl\":\"Peuters begeleiden\",\"en\":\"Toddler care\"},\"synonyms\":[\"peuterspeelzaal\",\"peuterleidster\",\"voorschool\",\"toddler group\",\"preschool\"],\"sectors\":[\"kinderopvang\",\"onderwijs\"]},{\"id\":\"onderwijsassistentie\",\"label\":{\"nl\":\"Onderwijsassistentie\",\"en\":\"Teaching assistance\"},\"synonyms\":[\"onderwijsassistent\",\"klassenassistent\",\"teaching assistant\",\"classroom assistant\"],\"sectors\":[\"onderwijs\"]},{\"id\":\"nt2-lesgeven\",\"label\":{\"nl\":\"Nederlands als tweede taal lesgeven\",\"en\":\"Teaching Dutch as a second language\"},\"synonyms\":[\"nt2-docent\",\"taaldocent\",\"language teacher\",\"dutch teacher\"],\"sectors\":[\"onderwijs\"]},{\"id\":\"bijles\",\"label\":{\"nl\":\"Bijles geven\",\"en\":\"Tutoring\"},\"synonyms\":[\"bijlesdocent\",\"huiswerkbegeleiding\",\"tutor\",\"tutoring\"],\"sectors\":[\"onderwijs\"]},{\"id\":\"concierge\",\"label\":{\"nl\":\"Conciërgewerk\",\"en\":\"School caretaking\"},\"synonyms\":[\"conciërge\",\"schoolconciërge\",\"caretaker\",\"janitor\"],\"sectors\":[\"onderwijs\",\"schoonmaak\",\"overheid\"]},{\"id\":\"praktijkopleiden\",\"label\":{\"nl\":\"Praktijkopleiden\",\"en\":\"Workplace training\"},\"synonyms\":[\"praktijkopleider\",\"werkbegeleider\",\"instructeur\",\"workplace trainer\",\"vocational instructor\"],\"sectors\":[\"onderwijs\",\"techniek\",\"zorg\"]},{\"id\":\"barwerk\",\"label\":{\"nl\":\"Barwerk\",\"en\":\"Bartending\"},\"synonyms\":[\"barman\",\"barmedewerker\",\"barista\",\"bartender\"],\"sectors\":[\"horeca\"]},{\"id\":\"afwassen\",\"label\":{\"nl\":\"Afwassen\",\"en\":\"Dishwashing\"},\"synonyms\":[\"afwasser\",\"spoelkeuken\",\"dishwasher\",\"dishwashing\"],\"sectors\":[\"horeca\",\"schoonmaak\"]},{\"id\":\"bakken\",\"label\":{\"nl\":\"Bakken\",\"en\":\"Baking\"},\"synonyms\":[\"bakker\",\"banketbakker\",\"baker\",\"pastry chef\",\"bakery\"],\"sectors\":[\"horeca\",\"industrie\",\"detailhandel\"]},{\"id\":\"vlees-bewerken\",\"label\":{\"nl\":\"Vlees bewerken\",\"en\":\"Butchery\"},\"synonyms\":[\"slager\",\"uitbener\",\"slagerij\",\"butcher\",\"meat processing\"],\"sectors\":[\"industrie\",\"detailhandel\"]},{\"id\":\"receptie\",\"label\":{\"nl\":\"Receptiewerk\",\"en\":\"Reception\"},\"synonyms\":[\"receptionist\",\"baliemedewerker\",\"gastvrouw\",\"front desk\",\"receptionist hotel\"],\"sectors\":[\"horeca\",\"zakelijke-dienstverlening\",\"zorg\"]},{\"id\":\"housekeeping\",\"label\":{\"nl\":\"Housekeeping\",\"en\":\"Housekeeping\"},\"synonyms\":[\"kamermeisje\",\"huishoudelijk medewerker hotel\",\"room attendant\",\"chambermaid\"],\"sectors\":[\"horeca\",\"schoonmaak\"]},{\"id\":\"catering\",\"label\":{\"nl\":\"Catering\",\"en\":\"Catering\"},\"synonyms\":[\"cateringmedewerker\",\"bedrijfsrestaurant\",\"caterer\",\"banqueting\"],\"sectors\":[\"horeca\"]},{\"id\":\"fastfood\",\"label\":{\"nl\":\"Fastfood bereiden\",\"en\":\"Fast food preparation\"},\"synonyms\":[\"fastfoodmedewerker\",\"snackbar\",\"crew member\",\"fast food\"],\"sectors\":[\"horeca\"]},{\"id\":\"voedselveiligheid\",\"label\":{\"nl\":\"Voedselveiligheid (HACCP)\",\"en\":\"Food safety (HACCP)\"},\"synonyms\":[\"haccp\",\"hygiënecode\",\"voedselhygiëne\",\"food safety\",\"food hygiene\"],\"sectors\":[\"horeca\",\"industrie\",\"zorg\"]},{\"id\":\"evenementen\",\"label\":{\"nl\":\"Evenementenwerk\",\"en\":\"Event staffing\"},\"synonyms\":[\"evenementenmedewerker\",\"standbouw\",\"festival\",\"event crew\",\"events\"],\"sectors\":[\"horeca\",\"sport-en-recreatie\"]},{\"id\":\"voorraadbeheer\",\"label\":{\"nl\":\"Voorraadbeheer\",\"en\":\"Stock control\"},\"synonyms\":[\"voorraadbeheerder\",\"inventarisatie\",\"inventory\",\"stock control\"],\"sectors\":[\"logistiek\",\"detailhandel\"]},{\"id\":\"laden-lossen\",\"label\":{\"nl\":\"Laden en lossen\",\"en\":\"Loading and unloading\"},\"synonyms\":[\"lader\",\"expeditiemedewerker\",\"dock worker\",\"loading\"],\"sectors\":[\"logistiek\",\"transport\"]},{\"id\":\"pakketbezorging\",\"label\":{\"nl\":\"Pakketten bezorgen\",\"en\":\"Parcel delivery\"},\"synonyms\":[\"pakketbezorger\",\"koerier\",\"courier\",\"delivery driver\",\"parcel delivery\"],\"sectors\":[\"transport\",\"logistiek\"]},{\"id\":\"taxi-rijden\",\"label\":{\"nl\":\"Taxi rijden\",\"en\":\"Taxi driving\"},\"synonyms\":[\"taxichauffeur\",\"leerlingenvervoer\",\"taxi driver\",\"taxi\"],\"sectors\":[\"transport\"]},{\"id\":\"rijbewijs-b\",\"label\":{\"nl\":\"Rijbewijs B\",\"en\":\"Driving licence B\"},\"synonyms\":[\"autorijbewijs\",\"autorijden\",\"car licence\",\"driving licence\"],\"sectors\":[\"transport\",\"logistiek\"]},{\"id\":\"rijbewijs-c\",\"label\":{\"nl\":\"Rijbewijs C/CE\",\"en\":\"Truck driving licence\"},\"synonyms\":[\"vrachtwagenrijbewijs\",\"code 95\",\"truck licence\",\"hgv licence\"],\"sectors\":[\"transport\",\"logistiek\"]},{\"id\":\"transportplanning\",\"label\":{\"nl\":\"Transportplanning\",\"en\":\"Transport planning\"},\"synonyms\":[\"planner\",\"logistiek planner\",\"dispatcher\",\"transport planner\"],\"sectors\":[\"logistiek\",\"transport\"]},{\"id\":\"douanedocumenten\",\"label\":{\"nl\":\"Douanedocumenten\",\"en\":\"Customs documentation\"},\"synonyms\":[\"douane-expediteur\",\"inklaren\",\"customs clerk\",\"customs\"],\"sectors\":[\"logistiek\",\"transport\"]},{\"id\":\"scanner-wms\",\"label\":{\"nl\":\"Werken met handscanner en WMS\",\"en\":\"Warehouse scanning systems\"},\"synonyms\":[\"handscanner\",\"wms\",\"barcodescanner\",\"warehouse management system\"],\"sectors\":[\"logistiek\"]},{\"id\":\"verhuizen\",\"label\":{\"nl\":\"Verhuizen\",\"en\":\"Removals\"},\"synonyms\":[\"verhuizer\",\"verhuisbedrijf\",\"mover\",\"removals\"],\"sectors\":[\"transport\",\"logistiek\"]},{\"id\":\"spoorwerk\",\"label\":{\"nl\":\"Spoorwegwerk\",\"en\":\"Railway work\"},\"synonyms\":[\"spoorwerker\",\"baanwerker\",\"railway worker\",\"track worker\"],\"sectors\":[\"transport\",\"bouw\",\"techniek\"]},{\"id\":\"postverwerking\",\"label\":{\"nl\":\"Post sorteren en bezorgen\",\"en\":\"Mail handling\"},\"synonyms\":[\"postbode\",\"postsorteerder\",\"mail carrier\",\"postman\"],\"sectors\":[\"transport\",\"logistiek\"]},{\"id\":\"webdevelopment\",\"label\":{\"nl\":\"Websites bouwen\",\"en\":\"Web development\"},\"synonyms\":[\"webdeveloper\",\"front-end\",\"html\",\"javascript\",\"web developer\"],\"sectors\":[\"ict\"]},{\"id\":\"netwerkbeheer\",\"label\":{\"nl\":\"Netwerkbeheer\",\"en\":\"Network administration\"},\"synonyms\":[\"netwerkbeheerder\",\"netwerktechnicus\",\"network engineer\",\"network administrator\"],\"sectors\":[\"ict\"]},{\"id\":\"data-analyse\",\"label\":{\"nl\":\"Data-analyse\",\"en\":\"Data analysis\"},\"synonyms\":[\"data-analist\",\"sql\",\"excel\",\"data analyst\"],\"sectors\":[\"ict\",\"zakelijke-dienstverlening\"]},{\"id\":\"software-testen\",\"label\":{\"nl\":\"Software testen\",\"en\":\"Software testing\"},\"synonyms\":[\"softwaretester\",\"testanalist\",\"software tester\",\"test engineer\"],\"sectors\":[\"ict\"]},{\"id\":\"cybersecurity\",\"label\":{\"nl\":\"Cybersecurity\",\"en\":\"Cybersecurity\"},\"synonyms\":[\"informatiebeveiliging\",\"security analist\",\"security analyst\",\"infosec\"],\"sectors\":[\"ict\"]},{\"id\":\"computers-repareren\",\"label\":{\"nl\":\"Computers en telefoons repareren\",\"en\":\"Computer and phone repair\"},\"synonyms\":[\"pc-reparatie\",\"telefoonreparatie\",\"computer technician\",\"phone repair\"],\"sectors\":[\"ict\",\"detailhandel\"]},{\"id\":\"grafisch-ontwerpen\",\"label\":{\"nl\":\"Grafisch ontwerpen\",\"en\":\"Graphic design\"},\"synonyms\":[\"grafisch ontwerper\",\"vormgever\",\"photoshop\",\"graphic designer\"],\"sectors\":[\"ict\",\"zakelijke-dienstverlening\"]},{\"id\":\"computervaardigheden\",\"label\":{\"nl\":\"Computervaardigheden\",\"en\":\"Computer skills\"},\"synonyms\":[\"computer\",\"digitale vaardigheden\",\"microsoft office\",\"computer skills\",\"digital skills\"],\"sectors\":[]},{\"id\":\"glazenwassen\",\"label\":{\"nl\":\"Glazenwassen\",\"en\":\"Window cleaning\"},\"synonyms\":[\"glazenwasser\",\"ramen wassen\",\"window cleaner\",\"window cleaning\"],\"sectors\":[\"schoonmaak\"]},{\"id\":\"kantoren-schoonmaken\",\"label\":{\"nl\":\"Kantoren schoonmaken\",\"en\":\"Office cleaning\"},\"synonyms\":[\"interieurverzorger\",\"kantoorschoonmaak\",\"office cleaner\",\"office cleaning\"],\"sectors\":[\"schoonmaak\"]},{\"id\":\"industriele-reiniging\",\"label\":{\"nl\":\"Industriële reiniging\",\"en\":\"Industrial cleaning\"},\"synonyms\":[\"industrieel reiniger\",\"hogedrukreiniging\",\"industrial cleaner\",\"pressure washing\"],\"sectors\":[\"schoonmaak\",\"industrie\"]},{\"id\":\"afval-inzamelen\",\"label\":{\"nl\":\"Afval inzamelen\",\"en\":\"Waste collection\"},\"synonyms\":[\"afvalinzamelaar\",\"belader\",\"vuilnisman\",\"refuse collector\",\"waste collection\"],\"sectors\":[\"schoonmaak\",\"overheid\",\"transport\"]},{\"id\":\"wasserij\",\"label\":{\"nl\":\"Wasserijwerk\",\"en\":\"Laundry work\"},\"synonyms\":[\"wasserijmedewerker\",\"strijken\",\"laundry\",\"ironing\"],\"sectors\":[\"schoonmaak\",\"zorg\",\"horeca\"]},{\"id\":\"schoonmaakmachines\",\"label\":{\"nl\":\"Schoonmaakmachines bedienen\",\"en\":\"Operating cleaning machines\"},\"synonyms\":[\"schrobzuigmachine\",\"schrobmachine\",\"floor scrubber\",\"cleaning machine\"],\"sectors\":[\"schoonmaak\"]},{\"id\":\"etaleren\",\"label\":{\"nl\":\"Etaleren en presenteren\",\"en\":\"Visual merchandising\"},\"synonyms\":[\"etaleur\",\"presentatie winkel\",\"visual merchandiser\",\"merchandising\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"haren-knippen\",\"label\":{\"nl\":\"Haren knippen\",\"en\":\"Hairdressing\"},\"synonyms\":[\"kapper\",\"kapster\",\"barbier\",\"hairdresser\",\"barber\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"schoonheidsverzorging\",\"label\":{\"nl\":\"Schoonheidsverzorging\",\"en\":\"Beauty care\"},\"synonyms\":[\"schoonheidsspecialist\",\"nagelstylist\",\"beautician\",\"nail technician\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"versafdeling\",\"label\":{\"nl\":\"Werken op de versafdeling\",\"en\":\"Fresh food counter\"},\"synonyms\":[\"versmedewerker\",\"kaasafdeling\",\"vleeswaren\",\"deli\",\"fresh counter\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"e-commerce\",\"label\":{\"nl\":\"Webwinkel en e-commerce\",\"en\":\"E-commerce\"},\"synonyms\":[\"webwinkel\",\"webshop\",\"online verkoop\",\"e-commerce\",\"online shop\"],\"sectors\":[\"detailhandel\",\"logistiek\"]},{\"id\":\"bloemschikken\",\"label\":{\"nl\":\"Bloemschikken\",\"en\":\"Floristry\"},\"synonyms\":[\"bloemist\",\"bloembinder\",\"florist\",\"floristry\"],\"sectors\":[\"detailhandel\",\"groen\"]},{\"id\":\"markthandel\",\"label\":{\"nl\":\"Markthandel\",\"en\":\"Market trading\"},\"synonyms\":[\"marktkoopman\",\"marktkraam\",\"market trader\",\"market stall\"],\"sectors\":[\"detailhandel\"]},{\"id\":\"boomverzorging\",\"label\":{\"nl\":\"Boomverzorging\",\"en\":\"Tree surgery\"},\"synonyms\":[\"boomverzorger\",\"snoeien\",\"arborist\",\"tree surgeon\"],\"sectors\":[\"groen\"]},{\"id\":\"grasonderhoud\",\"label\":{\"nl\":\"Maaien en grasonderhoud\",\"en\":\"Mowing and lawn care\"},\"synonyms\":[\"grasmaaien\",\"maaier\",\"lawn care\",\"mowing\"],\"sectors\":[\"groen\"]},{\"id\":\"veehouderij\",\"label\":{\"nl\":\"Veehouderij\",\"en\":\"Livestock farming\"},\"synonyms\":[\"veehouder\",\"melken\",\"boerderij\",\"farm worker\",\"dairy farm\"],\"sectors\":[\"land-en-tuinbouw\"]},{\"id\":\"kwekerij\",\"label\":{\"nl\":\"Kwekerijwerk\",\"en\":\"Plant nursery work\"},\"synonyms\":[\"kweker\",\"potplanten\",\"plant nursery\",\"nursery worker\"],\"sectors\":[\"land-en-tuinbouw\",\"groen\"]},{\"id\":\"trekker-rijden\",\"label\":{\"nl\":\"Trekker rijden\",\"en\":\"Tractor driving\"},\"synonyms\":[\"trekkerchauffeur\",\"loonwerk\",\"tractor driver\",\"tractor\"],\"sectors\":[\"land-en-tuinbouw\",\"groen\"]},{\"id\":\"bloementeelt\",\"label\":{\"nl\":\"Bloementeelt\",\"en\":\"Flower growing\"},\"synonyms\":[\"bloemenkweker\",\"bollenteelt\",\"flower grower\",\"bulb growing\"],\"sectors\":[\"land-en-tuinbouw\"]},{\"id\":\"fruitteelt\",\"label\":{\"nl\":\"Fruitteelt\",\"en\":\"Fruit growing\"},\"synonyms\":[\"fruitplukker\",\"fruitteler\",\"fruit picker\",\"fruit farming\"],\"sectors\":[\"land-en-tuinbouw\"]},{\"id\":\"dierverzorging\",\"label\":{\"nl\":\"Dierverzorging\",\"en\":\"Animal care\"},\"synonyms\":[\"dierenverzorger\",\"dierenasiel\",\"animal caretaker\",\"animal care\"],\"sectors\":[\"land-en-tuinbouw\",\"sport-en-recreatie\"]},{\"id\":\"natuurbeheer\",\"label\":{\"nl\":\"Natuurbeheer\",\"en\":\"Nature conservation\"},\"synonyms\":[\"boswachter\",\"natuurbeheerder\",\"ranger\",\"forestry\"],\"sectors\":[\"groen\",\"overheid\"]},{\"id\":\"handhaving\",\"label\":{\"nl\":\"Handhaving\",\"en\":\"Enforcement\"},\"synonyms\":[\"boa\",\"handhaver\",\"parkeercontroleur\",\"enforcement officer\"],\"sectors\":[\"overheid\"]},{\"id\":\"beleidswerk\",\"label\":{\"nl\":\"Beleidswerk\",\"en\":\"Policy work\"},\"synonyms\":[\"beleidsmedewerker\",\"beleidsadviseur\",\"policy officer\",\"policy advisor\"],\"sectors\":[\"overheid\"]},{\"id\":\"archiveren\",\"label\":{\"nl\":\"Archiveren\",\"en\":\"Records management\"},\"synonyms\":[\"archivaris\",\"documentbeheer\",\"archivist\",\"records management\"],\"sectors\":[\"overheid\",\"zakelijke-dienstverlening\"]},{\"id\":\"boekhouden\",\"label\":{\"nl\":\"Boekhouden\",\"en\":\"Bookkeeping\"},\"synonyms\":[\"boekhouder\",\"boekhouding\",\"bookkeeper\",\"accounting\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"salarisadministratie\",\"label\":{\"nl\":\"Salarisadministratie\",\"en\":\"Payroll\"},\"synonyms\":[\"salarisadministrateur\",\"loonadministratie\",\"payroll\",\"payroll administrator\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"personeelszaken\",\"label\":{\"nl\":\"Personeelszaken\",\"en\":\"Human resources\"},\"synonyms\":[\"hr-medewerker\",\"recruiter\",\"personeelsadviseur\",\"human resources\",\"hr\"],\"sectors\":[\"zakelijke-dienstverlening\",\"overheid\"]},{\"id\":\"secretariaat\",\"label\":{\"nl\":\"Secretariaat\",\"en\":\"Secretarial work\"},\"synonyms\":[\"secretaresse\",\"managementassistent\",\"secretary\",\"office manager\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"juridisch-werk\",\"label\":{\"nl\":\"Juridisch werk\",\"en\":\"Legal work\"},\"synonyms\":[\"jurist\",\"advocaat\",\"paralegal\",\"lawyer\"],\"sectors\":[\"zakelijke-dienstverlening\",\"overheid\"]},{\"id\":\"marketing\",\"label\":{\"nl\":\"Marketing en communicatie\",\"en\":\"Marketing and communications\"},\"synonyms\":[\"marketeer\",\"communicatiemedewerker\",\"social media\",\"marketing\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"telefoneren\",\"label\":{\"nl\":\"Telefoon aannemen\",\"en\":\"Telephone operating\"},\"synonyms\":[\"telefonist\",\"telefoniste\",\"switchboard operator\",\"telephonist\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"inkoop\",\"label\":{\"nl\":\"Inkoop\",\"en\":\"Purchasing\"},\"synonyms\":[\"inkoper\",\"inkoopassistent\",\"buyer\",\"procurement\"],\"sectors\":[\"zakelijke-dienstverlening\",\"industrie\"]},{\"id\":\"facilitair-werk\",\"label\":{\"nl\":\"Facilitaire dienstverlening\",\"en\":\"Facility services\"},\"synonyms\":[\"facilitair medewerker\",\"huismeester\",\"facility assistant\",\"facilities\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"projectleiding\",\"label\":{\"nl\":\"Projectleiding\",\"en\":\"Project management\"},\"synonyms\":[\"projectleider\",\"projectmanager\",\"project manager\",\"project lead\"],\"sectors\":[\"zakelijke-dienstverlening\",\"bouw\",\"ict\"]},{\"id\":\"cameratoezicht\",\"label\":{\"nl\":\"Cameratoezicht\",\"en\":\"CCTV monitoring\"},\"synonyms\":[\"meldkamermedewerker\",\"camerabewaking\",\"cctv operator\",\"cctv\"],\"sectors\":[\"zakelijke-dienstverlening\"]},{\"id\":\"zwemles\",\"label\":{\"nl\":\"Zwemles geven\",\"en\":\"Swimming instruction\"},\"synonyms\":[\"zweminstructeur\",\"badmeester\",\"lifeguard\",\"swimming teacher\"],\"sectors\":[\"sport-en-recreatie\"]},{\"id\":\"fitnessbegeleiding\",\"label\":{\"nl\":\"Fitnessbegeleiding\",\"en\":\"Fitness instruction\"},\"synonyms\":[\"fitnessinstructeur\",\"personal trainer\",\"sportschool\",\"gym instructor\",\"fitness\"],\"sectors\":[\"sport-en-recreatie\"]},{\"id\":\"recreatiewerk\",\"label\":{\"nl\":\"Recreatiewerk\",\"en\":\"Leisure activities\"},\"synonyms\":[\"recreatiemedewerker\",\"animatie\",\"camping\",\"leisure worker\",\"animation team\"],\"sectors\":[\"sport-en-recreatie\",\"horeca\"]},{\"id\":\"sportvelden\",\"label\":{\"nl\":\"Sportvelden onderhouden\",\"en\":\"Sports ground maintenance\"},\"synonyms\":[\"terreinknecht\",\"sportparkbeheer\",\"groundsman\",\"groundskeeper\"],\"sectors\":[\"sport-en-recreatie\",\"groen\"]},{\"id\":\"engels-spreken\",\"label\":{\"nl\":\"Engels spreken\",\"en\":\"Speaking English\"},\"synonyms\":[\"Engels\",\"English\",\"english speaker\"],\"sectors\":[]},{\"id\":\"arabisch-spreken\",\"label\":{\"nl\":\"Arabisch spreken\",\"en\":\"Speaking Arabic\"},\"synonyms\":[\"Arabisch\",\"Arabic\"],\"sectors\":[]},{\"id\":\"tigrinya-spreken\",\"label\":{\"nl\":\"Tigrinya spreken\",\"en\":\"Speaking Tigrinya\"},\"synonyms\":[\"Tigrinya\",\"Tigrinia\"],\"sectors\":[]},{\"id\":\"oekraiens-spreken\",\"label\":{\"nl\":\"Oekraïens spreken\",\"en\":\"Speaking Ukrainian\"},\"synonyms\":[\"Oekraïens\",\"Ukrainian\"],\"sectors\":[]},{\"id\":\"farsi-spreken\",\"label\":{\"nl\":\"Farsi of Dari spreken\",\"en\":\"Speaking Farsi or Dari\"},\"synonyms\":[\"Farsi\",\"Dari\",\"Perzisch\",\"Persian\"],\"sectors\":[]},{\"id\":\"klantgericht-werken\",\"label\":{\"nl\":\"Klantgericht werken\",\"en\":\"Customer focus\"},\"synonyms\":[\"klantgericht\",\"klantvriendelijk\",\"customer focus\",\"customer friendly\"],\"sectors\":[]},{\"id\":\"plannen-organiseren\",\"label\":{\"nl\":\"Plannen en organiseren\",\"en\":\"Planning and organising\"},\"synonyms\":[\"organiseren\",\"organisatietalent\",\"organising\",\"planning\"],\"sectors\":[]},{\"id\":\"leidinggeven\",\"label\":{\"nl\":\"Leidinggeven\",\"en\":\"Leadership\"},\"synonyms\":[\"teamleider\",\"leidinggevende\",\"supervisor\",\"team leader\",\"leadership\"],\"sectors\":[]},{\"id\":\"nauwkeurig-werken\",\"label\":{\"nl\":\"Nauwkeurig werken\",\"en\":\"Working accurately\"},\"synonyms\":[\"nauwkeurig\",\"precisie\",\"accuracy\",\"attention to detail\"],\"sectors\":[]},{\"id\":\"fysiek-werk\",\"label\":{\"nl\":\"Fysiek werk\",\"en\":\"Physical work\"},\"synonyms\":[\"tillen\",\"lichamelijk werk\",\"physical labour\",\"heavy lifting\"],\"sectors\":[]},{\"id\":\"ploegendienst\",\"label\":{\"nl\":\"Werken in ploegendienst\",\"en\":\"Shift work\"},\"synonyms\":[\"ploegendiensten\",\"nachtdienst\",\"shift work\",\"night shifts\"],\"sectors\":[]},{\"id\":\"rekenen\",\"label\":{\"nl\":\"Rekenen\",\"en\":\"Numeracy\"},\"synonyms\":[\"rekenvaardigheid\",\"wiskunde\",\"maths\",\"numeracy\"],\"sectors\":[]},{\"id\":\"nederlands-schrijven\",\"label\":{\"nl\":\"Nederlands schrijven\",\"en\":\"Writing Dutch\"},\"synonyms\":[\"schrijfvaardigheid\",\"Nederlandse teksten schrijven\",\"writing Dutch\"],\"sectors\":[]},{\"id\":\"zelfstandig-werken\",\"label\":{\"nl\":\"Zelfstandig werken\",\"en\":\"Working independently\"},\"synonyms\":[\"zelfstandig\",\"zelfstandigheid\",\"working independently\",\"independent\"],\"sectors\":[]},{\"id\":\"problemen-oplossen\",\"label\":{\"nl\":\"Problemen oplossen\",\"en\":\"Problem solving\"},\"synonyms\":[\"probleemoplossend\",\"oplossingsgericht\",\"problem solving\",\"troubleshooting\"],\"sectors\":[]},{\"id\":\"babyverzorging\",\"label\":{\"nl\":\"Baby's verzorgen\",\"en\":\"Infant care\"},\"synonyms\":[\"babyverzorging\",\"zuigelingenzorg\",\"infant care\",\"baby care\",\"baby's\"],\"sectors\":[\"kinderopvang\",\"zorg\"]}]");
// functions/contracts/taxonomy.ts
/**
* Reference data: the controlled vocabularies of Werkpad.
*
* The lists live once, as JSON in `content/reference/`; this module validates them when it is
* first imported (a broken list fails the build and the server's start) and exports them to
* pages, forms, API schemas and tests. Ids are stable: add to them, never rename.
*/
/** A label in Dutch (leading) and English. */
var labelSchema = z.strictObject({
	nl: z.string().min(1).max(200),
	en: z.string().min(1).max(200)
});
/** An id as DESIGN.md defines it: lower case, no diacritics, words joined by `-`. */
var slugIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "een id bestaat uit kleine letters, cijfers en streepjes");
var termSchema = z.strictObject({
	id: slugIdSchema,
	label: labelSchema,
	description: labelSchema.optional()
});
var regionSchema = termSchema.extend({ province: slugIdSchema.nullable() });
var actionLineSchema = z.strictObject({
	id: z.number().int().min(1).max(4),
	slug: slugIdSchema,
	label: labelSchema,
	description: labelSchema.optional()
});
var languageLevelSchema = z.strictObject({
	id: z.enum([
		"A0",
		"A1",
		"A2",
		"B1",
		"B2",
		"C1",
		"C2"
	]),
	label: labelSchema
});
var skillSchema = termSchema.extend({
	synonyms: z.array(z.string().min(1)).default([]),
	sectors: z.array(slugIdSchema).default([])
});
function uniqueList(name, item) {
	return z.array(item).min(1).superRefine((items, ctx) => {
		const seen = /* @__PURE__ */ new Set();
		for (const [index, entry] of items.entries()) {
			if (seen.has(entry.id)) ctx.addIssue({
				code: "custom",
				path: [index, "id"],
				message: `${name}: id "${entry.id}" komt dubbel voor`
			});
			seen.add(entry.id);
		}
	});
}
function load(file, schema, data) {
	const parsed = schema.safeParse(data);
	if (!parsed.success) {
		const detail = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
		throw new Error(`content/reference/${file} is ongeldig:\n${detail}`);
	}
	return parsed.data;
}
var sectors = load("sectors.json", uniqueList("sectors", termSchema), sectors_default);
var provinces = load("provinces.json", uniqueList("provinces", termSchema), provinces_default);
var regions = load("regions.json", uniqueList("regions", regionSchema), regions_default);
var approaches = load("approaches.json", uniqueList("approaches", termSchema), approaches_default);
var offers = load("offers.json", uniqueList("offers", termSchema), offers_default);
var languageLevels = load("language-levels.json", uniqueList("languageLevels", languageLevelSchema), language_levels_default);
var educationLevels = load("education-levels.json", uniqueList("educationLevels", termSchema), education_levels_default);
var actionLines = load("action-lines.json", uniqueList("actionLines", actionLineSchema), action_lines_default);
var targetGroups = load("target-groups.json", uniqueList("targetGroups", termSchema), target_groups_default);
var skills = load("skills.json", uniqueList("skills", skillSchema), skills_default);
for (const region of regions) if (region.province !== null && !provinces.some((p) => p.id === region.province)) throw new Error(`content/reference/regions.json: regio "${region.id}" noemt onbekende provincie "${region.province}"`);
/** A zod enum of the ids of a reference list, with a message that names the list (`what`: "regio" / "region"). */
function idOf(list, what) {
	const ids = list.map((t) => String(t.id));
	return z.enum(ids, { error: bilingual(`kies een bestaande ${what.nl}`, `choose an existing ${what.en}`) });
}
/** Region ids; `landelijk` stands for the whole country. */
var regionId = idOf(regions, {
	nl: "regio",
	en: "region"
});
var sectorId = idOf(sectors, {
	nl: "sector",
	en: "sector"
});
idOf(provinces, {
	nl: "provincie",
	en: "province"
});
var approachId = idOf(approaches, {
	nl: "aanpak",
	en: "approach"
});
var offerId = idOf(offers, {
	nl: "soort aanbod",
	en: "kind of offer"
});
var targetGroupId = idOf(targetGroups, {
	nl: "doelgroep",
	en: "target group"
});
var educationLevelId = idOf(educationLevels, {
	nl: "opleidingsniveau",
	en: "level of education"
});
var skillId = idOf(skills, {
	nl: "vaardigheid",
	en: "skill"
});
var languageLevelId = z.enum([
	"A0",
	"A1",
	"A2",
	"B1",
	"B2",
	"C1",
	"C2"
], { error: bilingual("kies een taalniveau van A0 tot en met C2", "choose a language level from A0 to C2") });
var actionLineMessage = bilingual("een actielijn is een getal van 1 tot en met 4", "an action line is a number from 1 to 4");
/** Action lines of the national plan, by number 1–4. */
var actionLineId = z.number({ error: actionLineMessage }).int().refine((n) => actionLines.some((a) => a.id === n), actionLineMessage);
/** The Dutch (or English) label of an id in a list; the id itself when unknown. */
function labelOf(list, id, lang = "nl") {
	return list.find((t) => t.id === id)?.label[lang] ?? String(id);
}
export { offers_default as C, sectors_default as E, education_levels_default as S, regions_default as T, skills as _, educationLevelId as a, targetGroups as b, languageLevelId as c, offers as d, regionId as f, skillId as g, sectors as h, approaches as i, languageLevels as l, sectorId as m, actionLines as n, educationLevels as o, regions as p, approachId as r, labelOf as s, actionLineId as t, offerId as u, slugIdSchema as v, provinces_default as w, skills_default as x, targetGroupId as y };
