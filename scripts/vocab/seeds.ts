/**
 * What WordNet cannot give the vocabulary build: the words of Spanish,
 * German and French (WordNet is English), colloquial English that WordNet
 * lacks ("meds", "hungover"), and the cue phrases the rules look for
 * (secrecy, mockery, complaints, promotions). Lemmas only: the build
 * inflects them with the language packs of compromise (plurals, every
 * tense and person), so no table here lists an inflected form.
 *
 * Syntax of an entry: a noun or adjective as is; a verb as `^verb`; in a
 * phrase, `^` marks the verb to conjugate (`^keep it quiet` -> "kept it
 * quiet", "keeping it quiet"); `=phrase` is taken literally.
 */

export type Lang = 'en' | 'es' | 'de' | 'fr';
export type Seeds = Partial<Record<Lang, readonly string[]>>;

export const SEEDS: Record<string, Seeds> = {
  health: {
    // (Review 21) operations and ventilation as wards write them: 'day 2 post hip op', 'heut extubiert'.
    en: [
      // (Common chronic and everyday illnesses by name, which WordNet gives only in English.)
      'blood pressure', 'high blood pressure', 'my blood pressure', 'cholesterol', 'blood sugar', 'my bloods', 'crohn\'s', 'crohns', 'colitis', 'fibromyalgia', 'lupus', 'multiple sclerosis', 'arthritis', 'thyroid', 'hypothyroidism', 'tinnitus', 'dialysis', 'insulin', 'inhaler', 'epilepsy', 'asthma', 'sciatica', 'slipped disc', 'herniated disc', 'hernia', 'gallbladder', 'appendicitis', 'shingles', 'pneumonia', 'bronchitis', 'tonsillitis', 'kidney stones', 'vertigo', 'long-covid',
      'post op', 'post-op', 'hip op', 'knee op', 'extubated', 'intubated', 'fractured', 'hip fracture', 'broken leg', 'broken arm', 'broken wrist', 'broken ankle', 'broke her hip', 'broke his hip', 'broke her leg', 'broke his leg', 'broke her arm', 'broke his arm', 'broke her wrist', 'broke his wrist', 'broke my wrist', 'broke my leg', 'broke my arm', 'heart condition', 'heart problems', 'in a coma', 'induced coma', 'torn acl', 'knee replacement', 'spinal injury', 'concussion', 'alzheimer', "alzheimer's", 'cannula', 'his drip', 'her drip', 'the drip', 'iv line', 'catheter', 'bit my hand', 'bit me', 'feeding tube', 'smear', 'smear test', 'smear results', 'splinter', 'ibs', 'flare', 'flare-up', 'flaring up', 'my anxiety', 'my depression', 'my mental health', 'off sick', 'signed off sick', 'signed off work', 'sick leave', 'diabetic', 'type 1 diabetes', 'type 2 diabetes', 'insulin pump', 'slipped disc', 'back surgery', 'knee surgery', 'hip replacement', 'diagnosed with', 'on antidepressants', 'therapy session', 'a&e', 'in hospital', 'hospitalised', 'hospitalized', 'appointment', 
      'chemo', 'meds', 'antidepressant', 'antidepressants', 'ssri', 'ssris', 'therapist', 'therapy', 'counselling', 'counseling',
      'psychiatrist', 'panic attack', 'anxiety', 'depression', 'burnout', 'breakdown', 'mental breakdown', 'miscarriage', 'ivf',
      'pregnancy', 'pregnant', 'surgery', 'biopsy', 'mri', 'ct scan', 'x-ray', 'blood test', 'test results',
      'diagnosis', 'prognosis', 'tumour', 'tumor', 'cancer', 'stroke', 'heart attack', 'seizure', 'fit', 'dementia', 'delirium',
      'fracture', 'broken hip', 'sepsis', 'infection', 'covid', 'long covid', 'flu', 'fever', 'adhd', 'hrt', 'menopause', 'endometriosis', 'insomnia', 'autism', 'autistic', 'ocd',
      'ptsd', 'eating disorder', 'anorexia', 'bulimia', 'self-harm', 'suicidal', 'overdose', 'relapse', 'rehab', 'hospice',
      'palliative', 'end of life', 'dnr', 'catheter', 'ventilator', 'dialysis', 'insulin', 'inhaler', 'prescription',
      'sick note', 'migraine', 'wisdom tooth', 'root canal', 'abscess', 'tooth extraction', 'gum disease',
      'a cold', 'a bad cold', 'head cold', 'admitted to hospital', 'was admitted', 'got admitted', 'passed away', 'incontinent', 'incontinence', 'unwell', 'off sick', 'signed off', 'poorly', 'bedbound', 'wheelchair', 'had a fall', 'a fall', 'fell', 'fallen', 'bleeding', 'blood', 'stitches', 'meds', 'painkillers', 'morphine',
      '^diagnose', '^hospitalise', '^hospitalize', '^prescribe', '^vomit', '^throw up', '^faint', '^collapse', '^pass away', '^die',
      '^discharge', '^admit', '^readmit', '^resuscitate', '^operate on', '^sedate', '^miscarry', '^relapse', '^self-harm',
      // Recovery, procedures, injuries, medicines and fertility told about oneself ('6 wks post op, gallbladder gone', 'back on the sertraline', 'carpal tunnel confirmed').
      'post op', 'post-op', 'gallbladder', 'appendix out', 'appendicitis', 'tonsillitis', 'carpal tunnel', 'meniscus', 'torn meniscus', 'sprained', 'sprain', 'tendonitis', 'in a splint', 'on crutches', 'hormone injections', 'fertility clinic', 'fertility treatment', 'egg retrieval', 'embryo transfer', 'sick day', 'sick days', 'off work sick', 'recovering from surgery', 'stomach bug', 'tummy bug', 'norovirus', 'chest infection', 'ear infection', 'strep throat', 'antibiotics', 'beta blockers', 'high blood pressure', 'palpitations', 'thyroid', 'morning sickness', 'pregnancy test', 'mental health day', 'xanax', 'valium', 'prozac', 'zoloft', 'paracetamol', 'on the pill', 'ozempic', 'escitalopram', 'citalopram', 'ritalin', 'my gp', 'my surgeon', 'my physio', 'my oncologist', 'my psychiatrist', 'hamstring tear', 'torn hamstring', 'pulled hamstring', 'hamstring strain', 'torn ligament', 'torn ligaments', 'acl tear', 'self-harming', 'self-harms', 'self harm', 'self harming',
      // (Review 21) a dentist's work done to a patient: 'her new dentures', '2 implants', 'a filling'.
      'dentures', 'denture', 'new dentures', 'dental implant', 'dental implants', 'implants', 'a filling', 'fillings', 'new crown', 'veneers', 'periodontitis', 'extraction',
    ],
    es: [
      // (Common chronic and everyday illnesses by name, which WordNet gives only in English.)
      'esclerosis múltiple', 'cáncer de mama', 'asma', 'epilepsia', 'fibromialgia', 'artrosis', 'artritis', 'diálisis', 'insulina', 'hipotiroidismo', 'tiroides', 'acúfenos', 'aborto espontáneo', 'tdah', 'autismo', 'crohn', 'colitis', 'lupus', 'colesterol', 'tensión alta', 'hernia discal', 'ciática', 'neumonía', 'bronquitis', 'anginas', 'herpes zóster', 'migrañas', 'ansiedad', 'depresión', 'ataque de pánico', 'baja por depresión', 'baja médica',
      'extubado', 'extubada', 'intubado', 'intubada', 'coma inducido', 'rotura de cadera', 'se rompió la cadera', 'se rompió la pierna', 'se rompió el brazo', 'fracturado', 'fracturada', 'silla de ruedas', 'alzhéimer', 'alzheimer', 'problema de corazón', 'ligamento cruzado', 'se ha caído', 'se ha vuelto a caer', 'vuelto a caer', 'me caí', 'me he caído', 'se cayó', 'caída', 'diabético', 'diabética', 'diabetes', 'otitis', 'baja por', 'de baja', 'migraña', 'hernia', 'ansiedad', 'mi ansiedad', 'mi depresión', 'hospital', 'en el hospital', 'ingreso', 'gripe', 
      'enfermedad', 'cáncer', 'tumor', 'diagnóstico', 'quimio', 'quimioterapia', 'cirugía', 'operación', 'biopsia', 'ansiedad',
      'depresión', 'ataque de pánico', 'terapia', 'psiquiatra', 'psicólogo', 'psicóloga', 'medicación', 'pastillas', 'antidepresivo',
      'embarazo', 'embarazada', 'aborto', 'infarto', 'ictus', 'demencia', 'fractura', 'infección', 'fiebre', 'gripe', 'baja médica',
      'enfermo', 'enferma', 'ingresado', 'ingresada', 'urgencias', 'uci', 'recaída', 'sobredosis', 'convulsión', 'muela', 'caries',
      'endodoncia', 'extracción', '^diagnosticar', '^ingresar', '^operar', '^vomitar', '^desmayarse', '^morir', '^fallecer', '^recetar',
      // Recuperación, operaciones, lesiones, medicación y fertilidad ('me operan de la vesícula', 'esguince', 'positivo en covid').
      'operado', 'operada', 'me operan', 'me operaron', '=entro en quirófano', 'postoperatorio', 'vesícula', 'apendicitis', 'menisco', 'esguince', 'tendinitis', 'escayola', 'con muletas', 'rehabilitación', 'antibióticos', 'antibiótico', 'ansiolíticos', 'ansiolítico', 'relajantes musculares', 'antidepresivos', 'sertralina', 'tiroides', 'hipotiroidismo', 'palpitaciones', '=tengo la tensión alta', 'contractura', 'lumbalgia', 'ciática', 'hernia discal', 'túnel carpiano', '=es benigno', '=era benigno', '=tumor benigno', 'resonancia magnética', 'análisis de sangre', '=fiv', 'fecundación in vitro', 'tratamiento de fertilidad', 'inseminación', 'prueba de embarazo', 'covid', 'positivo en covid', 'neumonía', 'bronquitis', 'gastroenteritis', 'salud mental', 'radioterapia', 'mastectomía', 'estrés postraumático', 'ataque de ansiedad', 'insomnio', 'pastillas para dormir', 'burnout', 'paracetamol', 'ibuprofeno', 'nolotil', 'enantyum', 'eutirox', 'fluoxetina', 'venlafaxina', 'la píldora', 'mi psicóloga', 'mi psicólogo', 'mi médico', 'mi médica', 'se autolesiona', 'se autolesionaba', 'se autolesionó', 'autolesión', 'autolesiones', 'autolesionarse', 'roto el cruzado', 'rotura de ligamentos', 'rotura fibrilar', 'rotura muscular',
      'prótesis', 'prótesis dental', 'dentadura', 'dentadura postiza', 'implante', 'implantes', 'empaste', 'empastes', 'periodontitis', 'piorrea', 'puente dental',
    ],
    de: [
      // (Common chronic and everyday illnesses by name, which WordNet gives only in English.)
      'multiple sklerose', 'brustkrebs', 'asthma', 'epilepsie', 'fibromyalgie', 'arthrose', 'arthritis', 'dialyse', 'insulin', 'schilddrüse', 'schilddrüsenunterfunktion', 'tinnitus', 'fehlgeburt', 'adhs', 'autismus', 'morbus crohn', 'colitis', 'lupus', 'cholesterin', 'bluthochdruck', 'blutdruck', 'ischias', 'hexenschuss', 'lungenentzündung', 'bronchitis', 'mandelentzündung', 'gürtelrose', 'migräne', 'angststörung', 'depression', 'depressionen', 'panikattacke', 'panikattacken', 'krankgeschrieben',
      'extubiert', 'intubiert', 'beatmet', 'unfall', 'mopedunfall', 'motorradunfall', 'autounfall', 'künstliches koma', 'künstlichen koma', 'hüftbruch', 'oberschenkelhalsbruch', 'beinbruch', 'armbruch', 'bein gebrochen', 'arm gebrochen', 'hüfte gebrochen', 'rollstuhl', 'kreuzbandriss', 'herzfehler', 'alzheimer', 'gehirnerschütterung', 'gestürzt', 'sturz', 'ist gestürzt', 'bandscheibenvorfall', 'diabetes', 'typ-1-diabetes', 'insulinpumpe', 'migräne', 'gürtelrose', 'krankenhaus', 'im krankenhaus', 'krankgeschrieben', 'krankschreibung', 'meine depression', 'meine angst', 
      'krankheit', 'krebs', 'tumor', 'diagnose', 'chemo', 'chemotherapie', 'operation', 'biopsie', 'angst', 'angststörung',
      'depression', 'depressionen', 'panikattacke', 'therapie', 'therapeut', 'therapeutin', 'psychiater', 'medikamente', 'tabletten',
      'antidepressiva', 'schwanger', 'schwangerschaft', 'fehlgeburt', 'herzinfarkt', 'schlaganfall', 'demenz', 'bruch', 'infektion',
      'fieber', 'grippe', 'krankgeschrieben', 'krank', 'notaufnahme', 'intensivstation', 'rückfall', 'überdosis', 'krampfanfall',
      'zahnschmerzen', 'wurzelbehandlung', 'burnout', '^diagnostizieren', '^operieren', '^erbrechen', '^sterben', '^einliefern', '^entlassen',
      // Genesung, Eingriffe, Verletzungen, Medikamente und Kinderwunsch ('Bandscheibe, OP am Donnerstag', 'in der Reha', 'krankgeschrieben').
      'nach der op', 'vor der op', 'die op', 'meine op', 'op am', 'operiert', 'bandscheibe', 'gallenblase', 'blinddarm', 'meniskus', 'bänderriss', 'verstaucht', 'sehnenscheidenentzündung', 'karpaltunnel', 'krücken', 'in der reha', 'krankenschein', 'gelber schein', 'arbeitsunfähig', 'antibiotika', 'antibiotikum', 'sertralin', 'beruhigungsmittel', 'schlaftabletten', 'schilddrüse', 'bluthochdruck', 'rückenschmerzen', 'hexenschuss', 'ischias', 'gutartig', 'im mrt', 'ins mrt', 'blutbild', 'kinderwunschbehandlung', 'kinderwunschklinik', '=ivf', 'künstliche befruchtung', 'schwangerschaftstest', 'übelkeit', 'covid', 'lungenentzündung', 'bronchitis', 'magen-darm', 'erkältung', 'burn-out', 'psychotherapie', 'meine psychologin', 'mein psychologe', 'novalgin', 'l-thyroxin', 'die pille', 'ptbs', 'panikattacken', 'schlaflosigkeit', 'long covid', 'mein arzt', 'meine ärztin', 'meine therapeutin', 'mein therapeut', 'ritzt sich', 'ritzte sich', 'ritzen sich', 'selbstverletzung', 'selbstverletzendes verhalten', 'muskelfaserriss', 'faserriss', 'muskelriss', 'zerrung',
      'prothese', 'zahnprothese', 'gebiss', 'implantat', 'implantate', 'füllung', 'plombe', 'zahnersatz', 'parodontitis', 'zahnspange',
    ],
    fr: [
      // (Common chronic and everyday illnesses by name, which WordNet gives only in English.)
      'sclérose en plaques', 'cancer du sein', 'asthme', 'épilepsie', 'fibromyalgie', 'arthrose', 'arthrite', 'dialyse', 'insuline', 'hypothyroïdie', 'thyroïde', 'acouphènes', 'fausse couche', 'tdah', 'autisme', 'maladie de crohn', 'colite', 'lupus', 'cholestérol', 'hypertension', 'ma tension', 'hernie discale', 'sciatique', 'pneumonie', 'bronchite', 'angine', 'vertiges', 'migraine', 'migraines', 'crise d\'angoisse', 'crises d\'angoisse', 'dépression', 'arrêt maladie',
      'extubé', 'extubée', 'intubé', 'intubée', 'coma artificiel', 'col du fémur', 'fracture du col', 'fracturé', 'fracturée', 'fauteuil roulant', 'alzheimer', 'commotion cérébrale', 'jambe cassée', 's\'est cassé la jambe', 'ligament croisé', 'est tombée', 'est tombé', 'chute', 'diabétique', 'diabète', 'migraine', 'hernie', 'hôpital', 'à l\'hôpital', 'arrêt maladie', 'ma dépression', 'mon anxiété', 
      'maladie', 'cancer', 'tumeur', 'diagnostic', 'chimio', 'chimiothérapie', 'chirurgie', 'opération', 'biopsie', 'anxiété',
      'dépression', 'crise de panique', 'crise d\'angoisse', 'thérapie', 'psy', 'psychiatre', 'médicaments', 'antidépresseurs',
      'enceinte', 'grossesse', 'fausse couche', 'infarctus', 'avc', 'démence', 'fracture', 'infection', 'fièvre', 'grippe',
      'arrêt maladie', 'malade', 'hospitalisé', 'hospitalisée', 'urgences', 'réanimation', 'sort de réa', 'en réa', 'soins intensifs', 'rechute', 'overdose', 'burn-out',
      'carie', 'dévitalisation', '^diagnostiquer', '^hospitaliser', '^opérer', '^vomir', '^mourir', '^décéder', '^prescrire',
      // Convalescence, opérations, blessures, médicaments et PMA ('en arrêt depuis lundi', 'opérée de la vésicule', 'PMA').
      'opérée', 'opéré', 'bloc opératoire', 'post-op', 'vésicule', 'appendicite', 'ménisque', '=entorse à la cheville', '=entorse au genou', 'tendinite', 'attelle', 'béquilles', '=mon kiné', '=chez le kiné', '=mon arrêt de travail', '=je suis en arrêt', '=suis en arrêt',  'antibiotiques', 'anxiolytiques', 'somnifères', 'sertraline', 'thyroïde', 'hypertension', 'palpitations', 'mal de dos', 'lumbago', 'sciatique', 'hernie discale', 'canal carpien', 'kyste', 'irm', 'prise de sang', '=fiv', 'stimulation ovarienne', 'test de grossesse', 'covid', 'pneumonie', 'bronchite', 'angine', 'rhume', 'burnout', 'luminothérapie', 'dépression saisonnière', 'paracétamol', 'doliprane', 'dafalgan', 'efferalgan', 'levothyrox', 'fluoxétine', 'la pilule', 'stress post-traumatique', 'insomnie', 'mon médecin', 'ma psy', 'mon psy', 'se mutile', 'se mutilait', 'se mutilent', 'automutilation', 'se scarifie', 'se scarifiait', 'scarifications', 'déchirure musculaire', 'claquage', 'rupture des ligaments', 'rupture du ligament',
      'prothèse', 'prothèse dentaire', 'dentier', 'implant dentaire', 'implants dentaires', 'plombage', 'appareil dentaire', 'parodontite',
    ],
  },
  school: {
    en: ['spelling test', 'maths test', 'reading level', 'reading levels', 'lowest', 'behind', 'sats results', 'test score', 'report', 'detentions', 'excluded', 'ehcp', 'struggling', 'struggles', 'can\'t read', 'cannot read', 
      'exam', 'mock', 'mocks', 'test results', 'grade', 'grades', 'report card', 'gcse', 'gcses', 'a-level',
      'sats', 'predicted grade', 'resit', 'homework', 'coursework', 'detention', 'exclusion', 'isolation', 'suspension', 'expulsion',
      'iep', 'ehcp', 'reading age', 'bottom set', 'failing', 'u grade', 'behaviour points', 'behaviour', 'behavior',
      'on report', 'parents evening', 'safeguarding', 'predicted', 'target grade', 'below target', 'fell behind', 'statement', 'dyslexia', 'dyslexic',
      '^fail', '^flunk', '^exclude', '^suspend', '^expel', '^cheat', '^plagiarise', '^plagiarize', '^bunk off', '^skip class', '^truant',
    ],
    es: ['examen', 'malas notas', 'mala nota', 'suspenso', 'suspensos', 'castigo', 'expulsión', 'deberes', 'boletín', 'recuperación', '^suspender', '^expulsar', '^copiar', '^repetir curso', 'pierde el año', 'perdió el año', 'casi pierde', 'perder el año', 'repitió curso', 'repite curso', 'icfes', 'selectividad', 'la pau', 'la ebau', 'suspendió', 'recuperación'],
    de: ['prüfung', 'klassenarbeit', 'klausur', 'zeugnis', 'durchgefallen', 'sechs', 'fünf', 'nachsitzen', 'verweis', 'schulverweis', 'hausaufgaben', 'sitzenbleiben', '^durchfallen', '^abschreiben', '^schwänzen'],
    fr: ['examen', 'contrôle', 'interro', 'mauvaise note', 'mauvaises notes', 'bulletin', 'zéro', 'colle', 'retenue', 'exclusion', 'conseil de discipline', 'devoirs', 'redoublement', '^redoubler', '^tricher', '^sécher les cours'],
  },
  behaviour: {
    en: ['bit my', 'bit me', 'bit his', 'bit her', 'bit another', 'bit a', '^yell at', '^shout at', '^scream at', '^swear at', '^throw a chair', '^kick off', '^run out', '^walk out', '^hit out', '^lash out', '^have a meltdown', 
      'fight', 'meltdown', 'tantrum', 'kicked off', 'bullying', 'vape', 'vaping', 'aggressive', 'violent', 'rude', 'abusive', 'disruptive',
      'naughty', 'feral', 'screaming', 'crying', 'swearing',
      '^throw', '^punch', '^hit', '^kick', '^bite', '^spit', '^swear at', '^steal', '^scream at', '^storm out', '^run off', '^climb out',
      '^refuse', '^bully', '^attack', '^threaten', '^lash out', '^pull out', '^try to leave', '^wander off', '^abscond', '^smash',
      // A pupil's truancy, punishment and cheating, as a school writes them down.
      'skipped school', 'skipping school', 'bunked off', 'bunking off', 'skived off', 'skiving', 'truanting', 'truancy', 'got excluded', 'been excluded', 'excluded for',
      'got suspended', 'suspended for', 'expelled', 'detention', 'detentions', 'cheating', 'caught cheating',
    ],
    es: ['^gritar', '^insultar', '^pegar', 'pelea', 'rabieta', 'berrinche', 'agresivo', 'agresiva', 'violento', 'violenta', 'acoso', '^pegar', '^morder', '^escupir', '^insultar', '^robar', '^gritar', '^escaparse', '^negarse', 'intentado escapar', 'intenta escapar', '^fugarse', 'quería irse a casa', 'quiere irse a casa',
      'hecho novillos', 'hace novillos', 'hizo novillos', 'haciendo novillos', 'hecho pellas', 'hace pellas', 'hizo pellas', 'faltado a clase', 'expulsado', 'expulsada', 'pillado copiando', 'pillada copiando', 'copiando en el examen'],
    de: ['^anschreien', 'angeschrien', '^anbrüllen', '^ausrasten', 'ausgerastet', 'schlägerei', 'wutanfall', 'aggressiv', 'gewalttätig', 'mobbing', '^schlagen', '^beißen', '^spucken', '^klauen', '^schreien', '^abhauen', '^verweigern', 'weglaufen', 'weggelaufen', 'ausgebüxt', 'nach hause laufen', 'nach hause gelaufen',
      'geschwänzt', 'schwänzt', '^schwänzen', 'suspendiert', 'verweis', 'nachsitzen', 'gespickt', 'spickzettel', 'beim spicken'],
    fr: ['^crier', '^hurler sur', '^engueuler', 'bagarre', 'crise', 'agressif', 'agressive', 'violent', 'violente', 'harcèlement', '^frapper', '^mordre', '^cracher', '^voler', '^hurler', '^insulter', '^fuguer', '^refuser', "s'est sauvé", "s'est sauvée", 'voulait rentrer chez elle', 'voulait rentrer chez lui', 'essayé de partir',
      'séché les cours', 'sèche les cours', 'sécher les cours', 'séché le cours', 'exclu', 'exclue', 'exclusion', 'heure de colle', 'heures de colle', 'triché', 'tricher', 'renvoyé', 'renvoyée'],
  },
  /** Hard times of someone's life told by others: money trouble, eviction, grief, tears, violence at home, fraud. */
  hardship: {
    en: ['unemployed', 'lost his job', 'lost her job', 'on benefits', 'sleeps in his car', 'sleeps in her car', 'sleeping in his car', 'sleeping in her car', 'debt', 'debts', 'in debt', 'arrears', 'unpaid', "hasn't paid", 'not paid', 'behind on', 'bankrupt', 'went bust', 'skint', 'evicted',
      // Money owed and not paid, told of someone else ('140k in back taxes', 'still hasn't paid the invoice').
      // (A verb of owing alone is as often a debt of thanks: 'owes nobody an apology'. With an amount, the rules find it.)
      'owes money', 'back taxes', 'tax debt', 'unpaid invoice', 'unpaid invoices', 'unpaid bill', 'unpaid bills', 'unpaid fees', "still hasn't paid", 'bailiffs', 'repossessed', 'went bankrupt', 'gambling debts', 'payday loan', 'overdrawn',
      'homeless', 'sleeping in the car', 'sleeps in the car', 'food bank', 'widow', 'widower', 'widowed', 'bereaved', 'lost her husband', 'lost his wife',
      'black eye', 'bruises', 'hit her', 'hits her', 'beat her', 'lonely', 'fraud', 'defrauded',
      '^evict', '^default'],
    es: ['en el paro', 'parada de larga duración', 'sin trabajo', 'perdió el trabajo', 'duerme en el coche', 'deuda', 'deudas', 'moroso', 'morosa', 'impago', 'sin pagar', 'no ha pagado', 'en quiebra', 'arruinado', 'arruinada', 'desahucio', 'desahuciado',
      // Dinero que se debe ('ha vuelto a no pagar la cuota', '18 meses de impagos').
      'debe dinero', 'impagos', 'no pagar la cuota', 'no paga la cuota', 'sin pagar la cuota', 'no ha pagado la factura', 'embargado', 'embargada', 'deuda con hacienda',
      'desahuciada', 'sin hogar', 'viuda', 'viudo', 'ojo morado', 'moratones', 'le pega',
      'fraude', 'estafa', 'defraudaba', 'moretones', 'morados', 'sin desayunar', 'llega sin comer', 'llegó sin comer', 'lloraba', 'lloró toda', 'no paraba de llorar'],
    de: ['arbeitslos', 'arbeitslosigkeit', 'langzeitarbeitslos', 'bürgergeld', 'hartz iv', 'schläft im auto', 'schulden', 'verschuldet', 'nicht bezahlt', 'nicht gezahlt', 'zahlungsrückstand', 'pleite', 'insolvent', 'insolvenz', 'zwangsräumung', 'geräumt',
      // Geld, das jemand schuldet ('Steuerschulden', 'der Gerichtsvollzieher war da').
      'schuldet geld', 'gerichtsvollzieher', 'pfändung', 'privatinsolvenz', 'steuerschulden',
      'obdachlos', 'witwe', 'witwer', 'verwitwet', 'blaues auge', 'blaue flecken', 'schlägt sie',
      'einsam', 'betrug', 'betrogen', 'steuerhinterziehung', 'selbstanzeige', 'hat geweint', 'nur geweint', 'weinte', 'blaue flecken', 'ohne frühstück', 'hungrig in die schule'],
    fr: ['chômage', 'au chômage', 'chômeur', 'chômeuse', 'demandeur d\'emploi', 'demandeuse d\'emploi', 'sans emploi', 'dort dans sa voiture', 'dettes', 'endetté', 'endettée', 'impayé', 'impayés', 'pas payé', 'faillite', 'en faillite', 'ruiné', 'ruinée', 'expulsé', 'expulsée',
      // L'argent qu'on doit ('n'a toujours pas réglé la facture', 'surendetté').
      "doit de l'argent", 'pas réglé la facture', 'pas réglé sa facture', "n'a toujours pas payé", 'facture impayée', 'factures impayées', 'huissier', 'surendettement', 'surendetté', 'surendettée', 'redressement fiscal',
      'expulsion', 'sans-abri', 'sdf', 'veuve', 'veuf', 'œil au beurre noir', 'la frappe',
      'isolée', 'fraude', 'fraudait', 'redressement'],
  },
  legal: {
    en: ['detention centre', 'detention center', 'immigration detention', 'judge', 'refugee status', 'asylum', 'asylum claim', 'leave to remain', 'visa', 'deportation', 'deported', 'removal order', 'status', 'papers', 'sacked', 'fired', 'dismissed', 'disciplinary', 'tribunal', 'lost his job', 'lost her job', 'got her sacked', 'got him sacked', 'whistleblower', 'complaint', 'benefits', 'sanctioned', 'eviction notice', 'planning application', 'refused', 'rejected', 'rejection', 'rejections', 
      'lawsuit', 'custody', 'divorce', 'settlement', 'court', 'hearing', 'tribunal', 'verdict', 'conviction', 'charges', 'charged with', 'his case', 'her case', 'their case', 'the case',
      'bail', 'restraining order', 'injunction', 'non-molestation order', 'contact order', 'visitation', 'alimony', 'maintenance',
      'prenup', 'will', 'probate', 'inheritance', 'bankruptcy', 'eviction', 'deportation', 'asylum claim', 'appeal', 'case', 'claim',
      '^sue', '^settle', '^convict', '^sentence', '^charge', '^arrest', '^acquit', '^evict', '^deport', '^lose the case', '^win the case',
      '^lose custody', '^win custody', '^get custody', '^divorce', '^appeal', '^plead guilty',
      // Offences with a drink in their name are cases ("a drink-driving case"), not drinking.
      'drink driving', 'drink-driving', 'drunk driving', 'drink-drive', 'drink drive',
    ],
    es: ['cie', 'centro de internamiento', 'papeles', 'permiso de residencia', 'asilo', 'expulsión', 'recurso', 'juez', 'juicio', 'despedido', 'despedida', 'denegado', 'denegada', 'custodia', 'divorcio', 'juicio', 'demanda', 'sentencia', 'juzgado', 'tribunal', 'orden de alejamiento', 'pensión', 'herencia', 'desahucio', 'caso', '^demandar', '^divorciarse', '^condenar', '^detener', '^perder el caso', '^ganar el caso', 'alcoholemia', 'alcohol al volante', 'conducción bajo los efectos del alcohol'],
    de: ['abschiebehaft', 'aufenthaltstitel', 'abschiebung', 'asyl', 'duldung', 'gericht', 'richter', 'gekündigt', 'abgelehnt', 'antrag', 'bauantrag', 'genehmigt', 'nicht genehmigt', 'anbau', 'sorgerecht', 'aufenthaltsbestimmungsrecht', 'umgangsrecht', 'umgangsregelung', 'scheidung', 'prozess', 'klage', 'urteil', 'gericht', 'verhandlung', 'unterhalt', 'erbe', 'räumung', 'kontaktverbot', 'fall', '^verklagen', '^verurteilen', '^scheiden', '^festnehmen', 'trunkenheitsfahrt', 'trunkenheit am steuer', 'alkohol am steuer', 'führerscheinentzug'],
    fr: ['centre de rétention', 'rétention', 'tribunal administratif', 'oqtf', 'titre de séjour', 'papiers', 'ses papiers', 'régularisation', 'expulsion', 'recours', 'juge', 'préfecture', 'audience', 'licenciée', 'licencié', 'rejeté', 'rejetée', 'garde', 'divorce', 'procès', 'plainte', 'jugement', 'tribunal', 'audience', 'pension', 'héritage', 'expulsion', 'ordonnance de protection', 'dossier', 'obtenu la garde', 'perdu la garde', 'garde alternée', 'garde exclusive', 'droit de garde', 'la garde des enfants', 'garde à vue', 'pension alimentaire', '^divorcer', '^condamner', '^poursuivre', '^perdre le procès', '^gagner le procès', '^plaider', 'alcool au volant', 'alcoolémie', "conduite en état d'ivresse", "conduite sous l'emprise de l'alcool", 'a pleuré', 'pleurait', 'des bleus', 'sans petit-déjeuner', 'le ventre vide', 'was crying', 'cried all', 'in tears', 'without breakfast', 'no breakfast', 'hungry again'],
  },
  family: {
    en: [
      'mum', 'mom', 'mam', 'dad', 'parents', 'stepdad', 'stepmum', 'stepmom', 'foster', 'foster care', 'care home', 'in care',
      'social services', 'social worker', 'cps', 'neglect', 'abuse', 'home life', 'homeless', 'evicted', 'prison', 'jail', 'in prison',
      'domestic violence', 'ex-husband', 'ex-wife', 'ex-partner', 'new boyfriend', 'new girlfriend', 'grandparents', 'siblings', 'carer', 'young carer',
    ],
    es: ['madre', 'padre', 'mamá', 'papá', 'padres', 'padrastro', 'madrastra', 'acogida', 'servicios sociales', 'maltrato', 'cárcel', 'prisión', 'violencia doméstica', 'abuelos', 'hijo', 'hija'],
    de: ['mutter', 'vater', 'mama', 'papa', 'eltern', 'stiefvater', 'stiefmutter', 'pflegefamilie', 'jugendamt', 'vernachlässigung', 'missbrauch', 'gefängnis', 'knast', 'häusliche gewalt', 'großeltern', 'sohn', 'tochter', 'söhne', 'töchter', 'beide kinder', 'die kinder', 'ihre kinder', 'seine kinder'],
    fr: ['mère', 'père', 'maman', 'papa', 'parents', 'beau-père', 'belle-mère', 'famille d\'accueil', 'aide sociale', 'ase', 'maltraitance', 'négligence', 'prison', 'violences conjugales', 'grands-parents', 'fils', 'fille', 'filles'],
  },
  alcohol: {
    en: ['bottle of red', 'bottle of white', 'shots of', 'jäger', 'champagne', 'prosecco', 'cava', 'tequila', 'vodka', 'gin', 'rum', 'whisky', 'whiskey', 'beer', 'beers', 'wine', 'cocktail', 'booze', 'pints', 'tequila shots', 'shots of', 'jägerbomb', 'prosecco', 'rosé', 'cocktails', 'margaritas', 'mimosas', 'bottomless brunch', 'pub crawl', 'bar crawl', 'day drinking', 'sesh',
      'grappa', 'a few drinks', 'after-work drinks', 'drinks after work', 'wine o\'clock', 'bottle of wine', 'bottles of wine', 'bottle of prosecco', 'mezcal', 'sangria', 'negroni', 'negronis', '=aperol spritz',
      // Spritz on its own, and aperitifs counted in the plural ("only had 4 Aperols", "two sambucas").
      'spritz', 'spritzes', 'aperols', 'sambucas', 'glass of red', 'glasses of red', 'glass of white', 'glasses of white',
      'g&t', 'g&ts',
      // Drinks by grape and by brand, in a glass or a can ("a glass of pinot", "cans of Peroni"). (Lager and cider only in a
      // pint or a can: German "Lager" is a store, and cider vinegar is no drink; nor "Guinness" alone, the book of records.)
      'pint of lager', 'pints of lager', 'cans of lager', 'pint of cider', 'pints of cider', 'pinot', 'pinot grigio', 'merlot', 'malbec', 'chardonnay', 'sauvignon blanc', 'shiraz', 'glass of rioja', 'peroni', 'heineken', 'moretti', 'kronenbourg', 'pint of guinness', 'pints of guinness',
      'tinnies', 'bevvies', 'bevvy', 'prosecco o\'clock',
      // (Drinks as an occasion and a measure, with no drink named: "Friday drinks", "a nightcap", "a large glass".)
      'staff drinks', 'friday drinks', 'work drinks', 'leaving drinks', 'christmas drinks', 'nightcap', 'nightcaps', 'tipple', 'a cold one', 'large glass', 'glass or two', 'glass or three',
      'red stripe', 'buckfast', 'carling', 'strongbow', 'cans of stella', 'pint of stella',
    ],
    es: ['cerveza', 'cervezas', 'birra', 'birras', 'vino', 'cubata', 'cubatas', 'chupito', 'chupitos', 'botellón', 'resaca', 'borrachera', 'copas', 'tequila', 'vodka', 'ron', 'orujo', 'calimocho', 'sidra', 'vermut', 'gin-tonic', 'gintonic', 'pacharán',
      'cañitas', 'vinito', 'vinitos', 'birrita', 'birritas', 'cremaet', 'cremaets', 'albariño', 'tinto de verano', 'mezcal', 'mezcalito', 'tequilita', 'caguama', 'caguamas', 'chela', 'chelas', 'michelada', 'micheladas', 'whisky', 'cubalibre', 'cubalibres', 'licor', 'aguardiente',
      'cruzcampo', 'mahou', 'estrella galicia', 'estrella damm', 'copa de vino', 'copas de vino', 'copita', 'copitas', 'vermú', 'rebujito', 'rebujitos',
      // ("caña" alone is also a fishing rod and sugar cane, like "cañita": left out.)
      'spritz',
    ],
    de: ['bier', 'biere', 'wein', 'sekt', 'schnaps', 'kater', 'besäufnis', 'kneipentour', 'vodka', 'wodka', 'alkohol', 'obstler', 'gin tonic', 'glühwein', 'aperol', 'schnäpse',
      'bierchen', 'weinchen', 'schnäpschen', '=pils', 'weißbier', 'feierabendbier', 'rotwein', 'weißwein', 'prosecco', '=aperol spritz', 'whisky', 'kölsch', 'glühwein', 'jägermeister', 'grappa', 'korn und bier',
      'weinschorle', 'weißweinschorle', 'riesling', 'eierlikör', 'likörchen',
      // (Shots by their German name, in a round: "drei Runden Kurze", "noch einen Kurzen".)
      '=runde kurze', '=runden kurze', '=einen kurzen', '=ein kurzer', 'astra knolle',
      // ("Radler" is also cyclists: left out, as the vocabulary test says; spritz only as itself, "Spritze" is a syringe.)
      '=spritz',
    ],
    fr: ['bière', 'bières', 'vin', 'pinard', 'apéro', 'cuite', 'gueule de bois', 'shots', 'vodka', 'rosé', 'alcool', 'crémant', 'champagne', 'pastis', 'rhum', 'cidre', 'apéros', 'picole', 'picoler',
      'pinte', 'pintes', 'binouze', 'binouzes', 'génépi', 'grappa', 'whisky', 'verre de trop', 'verres de trop', 'quelques verres de vin', 'bouteille de rouge', 'bouteille de vin', 'bouteilles de vin', 'péket', 'mojito', 'mojitos',
      'kro', 'kronenbourg', 'pastaga', 'ricard', 'chouchen', 'ti punch', 'ti-punch', 'verre de rouge', 'verre de blanc', 'verres de rouge', 'petit blanc', 'vin rouge', 'vin blanc',
      'spritz',
    ],
  },
  drugs: {
    en: ['weed', 'edibles', 'mdma', 'molly', 'ket', 'coke', 'shrooms', 'bong', 'spliff', 'blunt', 'pills', 'acid', 'lsd', 'ketamine', 'cocaine', 'cannabis', 'marijuana', 'cannabis gummies', 'thc gummies',
      'magic mushrooms', 'xanax', 'valium', 'line of coke', 'lines of coke', 'space cake',
      // ("Joint" alone is a knee or a restaurant: smoked or rolled, it is cannabis.)
      '^smoke a joint', '^roll a joint', '^smoke joints',
      'toke', 'tokes', 'microdosing', '^microdose', 'adderall', 'psilocybin', 'a bump of', 'tramadol', 'oxycodone', 'zopiclone', 'modafinil',
      // (Tobacco is a drug of abuse in WordNet, as "cigarette" already is here; these are its everyday names.)
      'ciggie', 'ciggies', 'cig', 'cigs', 'smoko', 'fag break', 'smoke break', 'vape', 'vapes', 'vaping', 'e-cig', 'e-cigs', 'nicotine', 'snus',
      // (Rolled tobacco and the disposable vape by their shop names: "back on the rollies", "third elf bar of the week".)
      'rollies', 'rollie', 'roll-ups', 'roll-up', 'rolling papers', 'elf bar', 'elf bars', 'amber leaf', 'baccy',
    ],
    es: ['porro', 'porros', 'maría', 'hierba', 'coca', 'pastillas', 'éxtasis', 'hachís', 'chocolate',
      'porrito', 'porritos', 'canuto', 'canutos', '=media pirula', 'pirulas', 'tripi', 'tripis', 'farlopa', 'setas alucinógenas', 'gomitas de cbd', 'orfidal', 'lexatin', 'trankimazin', 'pitillo', 'pitillos', 'piti', 'pitis', 'cigarro', 'cigarros', 'tabaco', 'vapeo',
      // ("Petardo" alone is a firecracker or a bore: smoked, it is a joint.)
      '=fumar un petardo', '=fumarme un petardo', '=echarme un petardo', '=fumando un petardo',
    ],
    de: ['gras', 'joint', 'kiffen', 'koks', 'pillen', 'ecstasy', 'haschisch', '=einen joint', '=ein joint', '=joint geraucht',
      'pilze genommen', 'magic mushrooms', 'edibles', 'space cake', 'gekifft', 'tilidin', 'benzos', 'raucherpause', 'kippe', 'eine kippe', 'zigarette', 'zigaretten', 'kippen geraucht', 'vape',
      'raucherecke', 'schachtel kippen', 'schachtel zigaretten',
    ],
    fr: ['beuh', 'joint', 'pétard', 'shit', 'coke', 'cachets', 'ecstasy', '=fumer un joint', '=fumé un joint', '=fume un joint', '=rouler un joint', '=roulé un joint', '=fumer des joints',
      'teuch', 'champignons hallucinogènes', 'rail de coke', 'space cake', 'bédo', 'oinj', 'xanax', 'lexomil', 'benzos', 'petit joint', 'pause clope', 'clope', 'clopes', 'cigarette', 'cigarettes', 'tabac', 'vapoteuse',
      'une taffe', 'taffes', 'paquet de clopes', 'mon paquet de clopes',
    ],
  },
  intoxication: {
    en: ['bottle of', 'bottles of', 'glasses of wine', 'glass of wine', 'pint', 'pints', 'cocktails', 'shots', '🍻', '🍷', '🥂', '🍾', '🍺', '🍸', '🍹', '🥃', 'hangover', 'drinking wine', 'drinking again', 'drunk', 'hungover', 'hangover', 'tipsy', 'wasted last night', 'got smashed', 'got hammered', 'plastered', 'stoned', 'so high', 'buzzed', 'blackout drunk', 'blacked out', '^get wasted', 'absolutely wasted', '^get trashed', '^get smashed', '^get hammered', '^get legless', 'legless', 'rat-arsed', 'sloshed', 'off my face', 'off our faces', 'too many drinks', 'too many pints', 'too much wine', 'one too many', 'still drunk', 'drinking', 'booze', 'sesh', '^get drunk', '^get high', '^drink too much', '^smoke weed', '^do coke', '^take pills',
      // (Drinking told by what it left: the night not remembered, the vow after it, the hours it is poured at.)
      "can't remember getting home", "don't remember getting home", 'no memory of getting home', 'never drinking again', 'beer goggles', "wine o'clock", "gin o'clock", 'bottomless brunch',
      // (The morning after and the night out told in slang: "still hanging from Saturday", "a bit worse for wear",
      // "pre-drinks at 4", "a boozy lunch", "on the lash"; and the drugs named only by the people who take them, whose
      // name says someone took them: "a spliff", "edibles", "shrooms", "a toke". Formal names stay drugs alone:
      // "a talk on cannabis" is education.)
      'still hanging from', 'absolutely hanging', 'proper hanging', 'hanging today', 'hanging this morning', 'worse for wear', 'on the lash', 'on the sauce', 'on the beers',
      'boozy', 'boozing', 'boozed', 'pre-drinks', 'predrinks', 'pre-drinking', 'hair of the dog', 'half-cut', 'trolleyed', 'tiddly', 'comedown', 'k-hole', 'zooted', 'blazed',
      'tripping balls', 'spliff', 'spliffs', 'toke', 'tokes', 'edibles', 'shrooms', 'microdosing', '^microdose', '=microdosed', 'bong', 'bongs', 'a bump of',
      // (Drinking told by where it happens and what it is for, with no drink named: "down the pub", "need a drink",
      // "out for drinks with the team"; a "pub quiz" or a "drinks reception" says nothing of anyone drinking.)
      'down the pub', 'straight to the pub', 'off to the pub', 'to the pub after', 'in the pub since', 'at the pub since', 'need a drink', 'needs a drink', 'need a stiff drink', 'stiff drink',
      'out for drinks', 'went for drinks', 'go for drinks', 'drinks with', 'drinks till', 'drinks until', 'drinks went on',
      // (And the cigarette named by those who smoke it, on the break it takes: "a ciggie", "smoko", "fag break".)
      'ciggie', 'ciggies', 'smoko', 'fag break', 'smoke break',
      'drinks last night', 'messy night', 'heavy night', 'second glass', 'third glass', 'fourth glass', 'cheeky pint', 'cheeky one', 'cheeky glass', 'cheeky vino', 'stiff one', 'one more glass',
      // (The writer's own drinking told by its end: sobriety counted, a relapse, the meetings. A patient's is someone
      // else's, which the clause rule sees.)
      'recovering alcoholic', "i'm an alcoholic", 'i am an alcoholic', 'aa meeting', 'aa meetings', 'alcoholics anonymous', 'fell off the wagon', 'off the wagon', 'years sober', 'year sober', 'months sober', 'my sobriety', 'sober since', 'stopped drinking', 'quit drinking', 'gave up drinking'],
    es: ['copas', 'cañas', 'vino', 'cerveza', 'cervezas', 'resacón', 'borracho', 'borracha', 'pedo', 'ciego', 'ciega', 'resaca', 'colocado', 'colocada', 'fumado', 'fumada', '^emborracharse', 'no vuelvo a beber', 'nunca más bebo', 'no me acuerdo de cómo llegué a casa', 'botellón', 'cubatas', 'cubata',
      'cogorza', 'melopea', 'piripi', 'resacoso', 'resacosa', 'colocón', 'fumeta', 'de cañas', 'de cañitas', 'de copas', 'de birras', 'porro', 'porros', 'porrito', 'porritos', 'canuto', 'canutos',
      'de bares', 'una copa de más', 'unas copas de más', 'pitillo', 'pitillos', 'piti', 'pitis',
      'soy alcohólico', 'soy alcohólica', 'alcohólicos anónimos', 'años sobrio', 'años sobria', 'meses sobrio', 'meses sobria', 'mi sobriedad', 'dejé de beber', 'dejé el alcohol', 'recaí'],
    de: ['kölsch', 'bier', 'biere', 'wein', 'sekt', 'schnaps', 'betrunken', 'besoffen', 'verkatert', 'kater', 'bekifft', 'sturzbetrunken', 'hackedicht', 'stockbesoffen', 'sternhagelvoll', 'promille', 'alkoholisiert', 'angetrunken', '^saufen', '^besaufen', '^kiffen', 'filmriss', 'nie wieder alkohol', 'nie wieder saufen', 'feierabendbier', 'zu tief ins glas geschaut',
      // ("Blau" and "breit" alone are blue and wide.)
      'noch blau', 'total blau', 'völlig blau', 'richtig blau', 'sturzblau', 'total breit', 'völlig breit', 'angeheitert', 'beschwipst', 'zugedröhnt', '=vorglühen', '=vorgeglüht', '=einen joint', 'gekifft',
      'in die kneipe', 'ein gläschen zu viel', 'ein glas zu viel', 'einen trinken gehen', 'raucherpause', 'kippe', 'eine kippe',
      'anonyme alkoholiker', 'bin alkoholiker', 'bin alkoholikerin', 'trockener alkoholiker', 'trockene alkoholikerin', 'jahre trocken', 'monate trocken', 'nüchtern seit', 'aufgehört zu trinken'],
    fr: ['verres de vin', 'bières', 'apéro', 'cuite', 'bourré', 'bourrée', 'ivre', 'saoul', 'soûl', 'pompette', 'défoncé', 'défoncée', 'gueule de bois', 'arraché', 'pas dessoûlé', 'pas dessoûlée', 'pas dessaoulé', 'pas dessaoulée', 'pas décuvé', 'pas décuvée', '^picoler', '^se bourrer la gueule', 'plus jamais je bois', 'je ne bois plus jamais', 'trou noir', 'lendemain de cuite',
      'éméché', 'éméchée', 'torché', 'torchée', 'soirée arrosée', 'bien arrosé', 'bien arrosée', 'bien arrosés', 'bien arrosées', '^tiser', 'bédo', 'bédos', 'petit joint', 'beuh', 'teuch', 'oinj',
      // ("Dans le gaz": still groggy from the night before.)
      'dans le gaz', "besoin d'un verre", 'boire un verre', 'prendre un verre', 'un petit verre', 'au bar depuis', 'pause clope', 'clope', 'clopes',
      'alcooliques anonymes', 'je suis alcoolique', 'sobre depuis', 'ans de sobriété', 'mois de sobriété', 'ma sobriété', "arrêté de boire", "arrêté l'alcool"],
  },
  politics: {
    en: ['labour member', 'tory member', 'party member', 'party members', 'door knocking', 'canvassing', 'my vote', 'voting for', 'vote for', 'vote green', 'voting green', 'voting labour', 'voting tory', 'voting reform', 'tory voters', 'labour voters', 'the greens', 'green party', 'cdu', 'policy', 
      'tories', 'tory', 'labour party', 'labour government', 'labour mps', 'lib dems', 'reform uk', 'snp', 'gop', 'maga', 'democrats', 'republicans', 'dems', 'libs', 'libtard', 'libtards',
      'woke', 'antifa', 'leftie', 'lefties', 'leftist', 'right-wing', 'left-wing', 'far right', 'far left', 'brexit', 'brexiteer', 'remainer',
      'remoaner', 'trump', 'biden', 'harris', 'obama', 'starmer', 'sunak', 'farage', 'badenoch', 'johnson', 'macron', 'le pen', 'mélenchon',
      'scholz', 'merz', 'afd', 'sánchez', 'feijóo', 'vox', 'podemos', 'sumar', 'meloni', 'orbán', 'milei', 'putin', 'netanyahu', 'modi',
      'prime minister', 'chancellor', 'government', 'the government', 'parliament', 'congress', 'senate', 'white house', 'downing street',
      'election', 'general election', 'ballot', 'polls', 'referendum', 'manifesto', 'election campaign', 'austerity', 'tax cuts', 'immigration',
      'migrants', 'refugees', 'small boats', 'abortion', 'gun control', 'pro-life', 'pro-choice', 'culture war', 'minister', 'mp', 'mps',
      'socialists', 'communists', 'fascists', 'fascist', 'nazis', 'liberals', 'conservatives', 'voters', 'politicians', 'politics', 'political',
      '^vote', '^elect', '^impeach', '^legislate',
    ],
    es: ['pp', 'psoe', 'vox', 'podemos', 'sumar', 'gobierno', 'congreso', 'elecciones', 'ministro', 'ministra', 'presidente del gobierno', 'diputado', 'diputada', 'izquierda', 'derecha', 'facha', 'fachas', 'rojos', 'progres', 'independentistas', 'inmigración', 'aborto', '^votar', '^elegir', 'urnas', 'votad'],
    de: ['wählen', 'grünen', 'die grünen', 'cdu', 'spd', 'fdp', 'afd', 'cdu', 'csu', 'spd', 'grüne', 'grünen', 'fdp', 'afd', 'linke', 'bsw', 'regierung', 'bundestag', 'kanzler', 'bundeskanzler', 'minister', 'ministerin', 'wahl', 'wahlen', 'wahlkampf', 'abgeordnete', 'abgeordneter', 'rechts', 'links', 'nazis', 'ampel', 'migration', 'flüchtlinge', 'abtreibung', '^wählen', '^abstimmen', 'landesregierung', 'bundesregierung', 'koalition'],
    fr: ['rn', 'lfi', 'ps', 'lr', 'renaissance', 'gouvernement', 'assemblée', 'élections', 'élection', 'présidentielle', 'ministre', 'député', 'députée', 'sénateur', 'gauche', 'droite', 'extrême droite', 'extrême gauche', 'gauchiste', 'facho', 'fachos', 'immigration', 'avortement', 'réforme des retraites', '^voter', '^élire', 'votez', 'législatives', 'présidentielle'],
  },
  religion: {
    en: ['hijab', 'headscarf', 'burqa', 'niqab', 'crucifix', 'kippah', 'turban', 'parish', 'sunday service', 'religious leaders', 'religious reasons', 'clergy', 'church leaders', 'bishops', 
      'god', 'jesus', 'allah', 'prophet', 'muhammad', 'bible', 'quran', 'koran', 'torah', 'church', 'mosque', 'synagogue', 'temple',
      'religion', 'religious', 'faith', 'christians', 'christianity', 'muslims', 'islam', 'jews', 'judaism', 'hindus', 'hinduism', 'atheists',
      'atheism', 'atheist', 'believers', 'believer', 'pope', 'vatican', 'priest', 'priests', 'imam', 'rabbi', 'pastor', 'evangelicals',
      'creationism', 'creationists', 'sinners', 'salvation', 'scripture', 'prayer', 'sky fairy', 'sky daddy',
      'catholics', 'catholic church', 'mormons', 'muslim', 'jew', 'christian', 'catholic', 'hindu', 'sikh', 'sikhs', 'scientology', '^pray', '^worship', '^convert', '^preach', '^repent',
    ],
    es: ['parroquia', 'misa', 'monja', 'religiosa', 'religioso', 'religiosos', 'dios', 'jesús', 'alá', 'biblia', 'corán', 'iglesia', 'mezquita', 'religión', 'religiosos', 'creyentes', 'ateos', 'ateo', 'atea', '=el cura', '=un cura', '=del cura', '=al cura', '=ese cura', '=este cura', '=nuestro cura', '=los curas', '=unos curas', '=estos curas', '=esos curas', '=el señor cura', 'párroco', 'sacerdote', 'musulmanes', 'musulmán', 'cristianos', 'cristiano', 'católicos', 'judíos', 'judío', 'pecado', '^rezar', '^creer en dios', 'evangelistas', 'evangélicos', 'bautizo', 'bautizar', 'testigos de jehová', 'rezos', 'sermón'],
    de: ['kopftuch', 'kopftuchverbot', 'kirche', 'kirchen', 'religiös', 'religiöse', 'gottesdienst', 'ostern', 'gott', 'jesus', 'allah', 'bibel', 'koran', 'kirche', 'moschee', 'synagoge', 'religion', 'religiös', 'gläubige', 'atheisten', 'atheist', 'priester', 'papst', 'muslime', 'muslim', 'moslem', 'moslems', 'christen', 'katholiken', 'juden', 'jude', 'sünde', '^beten', 'weihwasser', 'heiliger geist', 'heilige geist', 'heiligen geist', 'zeugen jehovas', 'gebet', 'gebete'],
    fr: ['intégristes', 'cathos', 'salafistes', 'voile', 'laïcité', 'dieu', 'religieuse', 'dieu', 'jésus', 'allah', 'bible', 'coran', 'église', 'mosquée', 'synagogue', 'religion', 'religieux', 'croyants', 'athées', 'athée', 'prêtre', 'curé', 'pape', 'musulmans', 'musulman', 'chrétiens', 'chrétien', 'catholiques', 'juifs', 'juif', 'péché', '^prier', 'baptiser', 'témoins de jéhovah', 'prophétie', 'prophéties', 'évangélistes', 'prière', 'prières', 'sermon'],
  },
  religionArgument: {
    en: ['private matter', 'a private matter', 'still get', 'still gets', 'why does', 'why do', 'has no place', 'no place in', 'mind their own business', 'should stay out', 'keep religion out', 'stuck in the', 'dark ages', 'medieval', 'unpopular opinion', 'in the 21st century', 'who needs', 'should read', 'should reread', 'thoughts and prayers', 'won\'t fix', 'doesn\'t cure', 'lecturing', 'preaching at', 'tired of', 'sick of', 'fatigue', 'fanatics', 'zealots', 'extremists', 'fundamentalists', 'should', 'shouldn\'t', 
      'superstition', 'fairy tale', 'fairy tales', 'imaginary friend', 'brainwashed', 'brainwashing', 'cult', 'delusion', 'delusional', 'indoctrination',
      'indoctrinated', 'zealots', 'fanatics', 'bigots', 'hypocrites', 'heathens', 'infidels', 'godless', 'blasphemy', 'going to hell', 'burn in hell',
      'wake up', 'open your eyes', 'real christians', 'true christians', 'the only way', 'the only truth', 'no such thing', 'doesn\'t exist', 'does not exist',
      'in 2025', 'in 2026', 'grow up', 'science', 'evidence', 'poison', 'ruins everything', 'the problem with', 'should be banned', 'needs to stop',
      'ridiculous', 'pathetic', 'stupid', 'idiots', 'nonsense', 'rubbish', 'wrong', 'evil', 'bunch of', 'all of them', 'every single one',
      'repent', 'sinful', 'abomination', 'heretics', 'heresy', 'unbelievers', '^indoctrinate', '^brainwash',
    ],
    es: ['asunto privado', 'por qué', 'no pinta nada', 'no cura', 'quién necesita', 'deberían', 'fanáticos', 'integristas', 'superstición', 'cuento de hadas', 'secta', 'lavado de cerebro', 'fanáticos', 'hipócritas', 'infierno', 'no existe', 'tonterías', 'ridículo', 'abominación', 'adoctrinamiento'],
    de: ['privatsache', 'immer noch', 'warum', 'nichts zu suchen', 'hat nichts zu suchen', 'überfällig', 'verbot', 'wer braucht', '21. jahrhundert', 'im 21. jahrhundert', 'sollten', 'fanatiker', 'aberglaube', 'märchen', 'sekte', 'gehirnwäsche', 'fanatiker', 'heuchler', 'gibt es nicht', 'unsinn', 'lächerlich', 'schwachsinn', 'indoktrination'],
    fr: ['affaire privée', 'pourquoi', 'n\'a rien à faire', 'rien à faire', 'me fatiguent', 'devraient', 'qui a besoin', 'intégristes', 'fanatiques', 'obscurantistes', 'superstition', 'conte de fées', 'secte', 'lavage de cerveau', 'fanatiques', 'hypocrites', 'n\'existe pas', 'n\'existe pas', 'ridicule', 'absurde', 'endoctrinement', 'obscurantisme'],
  },
  insultNoun: {
    en: ['clown', 'clowns', 'is a joke', 'a total joke', 'an absolute joke', 'complete joke', 'muppet', 'numpty', 'plonker', 'pillock', 'nitwit', 'halfwit', 'dimwit', 'waste of space', 'waste of oxygen', 'disgrace', 'embarrassment', 'laughing stock', 'fraud', 'grifter', 'liar', 'hack', 'snake', 'weasel', 'tyrant', 'dinosaur', 'has-been', 'nobody', 'loser', 'dope', 'donkey', 'circus', 'shambles', 'car crash', 'trainwreck', 'train wreck', 'dumpster fire', 'puppet', 'mouthpiece', 'bully', 'menace', 'a public menace', 'a liability', 'coward', 'hypocrite', 'jobsworth', 'bean counter', 'pencil pusher', 'suck-up', 'brown-noser', 'toady', 'windbag', 'blowhard', 'charlatan', 'prima donna', 'control freak', 'egomaniac', 'narcissist', 'snake oil salesman',
      // (Twenty-third round) slang and names for a kind of person, none with an everyday second sense ("jerk" is chicken,
      // "crook" an arm, "tool" a tool, "Depp" an actor).
      'troll', 'trolls', 'prat', 'bellend', 'eejit', 'gobshite', 'bampot', 'wazzock', 'chancer', 'nutjob', 'nutcase', 'mansplainer', 'bigot', 'bigots', 'misogynist'],
    es: ['payaso', 'payasa', 'idiota', 'imbécil', 'inútil', 'tonto', 'tonta', 'gilipollas', 'mentiroso', 'mentirosa', 'vergüenza', 'desastre', 'chiste', 'fraude', 'cretino', 'cretina', 'zoquete', 'pelele', 'títere', 'cantamañanas', 'incompetente', 'un peligro público', 'amargado', 'amargada', 'inepto', 'inepta', 'sinvergüenza', 'caradura', 'lambón', 'lambona', 'chupamedias', 'lameculos', 'cobarde', 'hipócrita', 'déspota', 'tirano', 'tirana', 'narcisista', 'ególatra', 'mediocre', 'parásito', 'parásita', 'bocazas', 'fantoche', 'mamarracho', 'trepa', 'charlatán', 'charlatana', 'chalado', 'chalada', 'majadero', 'majadera', 'mangante', 'vendehumos', 'listillo', 'listilla', 'troll'],
    de: ['heuchlerin', 'heuchler', 'witzfigur', 'versagerin', 'lügnerin', 'clown', 'idiot', 'idiotin', 'trottel', 'versager', 'versagerin', 'lügner', 'lügnerin', 'witzfigur', 'schande', 'katastrophe', 'lachnummer', 'hampelmann', 'dummkopf', 'vollpfosten', 'pfeife', 'marionette', 'heuchler', 'erbsenzähler', 'erbsenzählerin', 'kleingeist', 'wichtigtuer', 'wichtigtuerin', 'schleimer', 'schleimerin', 'speichellecker', 'feigling', 'sesselfurzer', 'dilettant', 'dilettantin', 'stümper', 'stümperin', 'nichtskönner', 'nichtskönnerin', 'blenderin', 'schwätzer', 'schwätzerin', 'laberbacke', 'despot', 'tyrann', 'tyrannin', 'korinthenkacker', 'flachpfeife', 'hohlkopf', 'schnarchnase', 'wendehals',
      'scharlatan', 'scharlatanin', 'kontrollfreak', 'vollidiot', 'vollidiotin', 'blödmann', 'schwachkopf', 'hochstapler', 'hochstaplerin', 'schaumschläger', 'schaumschlägerin', 'besserwisser', 'besserwisserin', 'troll'],
    fr: ['clown', 'guignol', 'idiot', 'idiote', 'imbécile', 'crétin', 'crétine', 'abruti', 'abrutie', 'incapable', 'menteur', 'menteuse', 'honte', 'catastrophe', 'blague', 'nul', 'nulle', 'bouffon', 'pantin', 'marionnette', 'tocard', 'branquignol', 'escroc', 'un danger public', 'fayot', 'fayote', 'lèche-bottes', 'hypocrite', 'tyran', 'despote', 'girouette', 'bras cassé', 'branleur', 'feignasse', 'pédant', 'pédante', 'aigri', 'aigrie', 'mégalo', 'mégalomane', 'charlot', 'boulet', 'parasite', 'baltringue', 'charlatan', 'charlatane', 'troll', 'donneur de leçons', 'donneuse de leçons', 'vendeur de vent'],
  },
  insultAdj: {
    en: ['worst', 'the worst', 'terrible', 'shameful', 'laughable', 'clueless', 'out of touch', 'incompetent', 'useless', 'clueless', 'spineless', 'brainless', 'gormless', 'hopeless', 'pathetic', 'embarrassing', 'shameful', 'disgraceful', 'laughable', 'ridiculous', 'delusional', 'corrupt', 'dishonest', 'lazy', 'arrogant', 'smug', 'dim', 'thick', 'stupid', 'dumb', 'idiotic', 'moronic', 'unhinged', 'deranged', 'insufferable', 'unbearable', 'worthless', 'pointless', 'awful', 'terrible', 'dreadful', 'appalling', 'vile', 'nasty', 'toxic', 'petty', 'vindictive', 'power-hungry', 'out of touch', 'out of his depth', 'out of her depth', 'out of their depth', 'past it', 'utterly', 'a disgrace', 'a joke', 'unfit', 'narrow-minded', 'condescending', 'patronising', 'patronizing', 'self-important', 'pompous', 'two-faced', 'sleazy', 'slimy', 'gutless', 'cowardly', 'humiliates', 'humiliated'],
    es: ['incompetente', 'inútil', 'patético', 'patética', 'ridículo', 'ridícula', 'vergonzosa', 'corrupto', 'corrupta', 'vago', 'vaga', 'estúpido', 'estúpida', 'tonto', 'tonta', 'insoportable', 'lamentable', 'penoso', 'penosa', 'nefasto', 'nefasta', 'impresentable', 'engreído', 'engreída', 'prepotente', 'soberbio', 'soberbia', 'mezquino', 'mezquina', 'rastrero', 'rastrera', 'egocéntrico', 'egocéntrica', 'cuadriculado', 'cuadriculada', 'mediocre', 'humilla a', 'humilló a', 'ningunea', 'ninguneó', 'maltrata a'],
    de: ['inkompetent', 'unfähig', 'nutzlos', 'ahnungslos', 'rückgratlos', 'erbärmlich', 'peinlich', 'lächerlich', 'korrupt', 'faul', 'arrogant', 'dumm', 'blöd', 'unerträglich', 'unfassbar', 'katastrophal', 'jämmerlich', 'armselig', 'engstirnig', 'engstirnige', 'engstirniger', 'engstirnigen', 'kleinkariert', 'kleinkarierte', 'kleinkarierter', 'überheblich', 'überhebliche', 'selbstherrlich', 'selbstherrliche', 'selbstverliebt', 'selbstverliebte', 'selbstgefällig', 'selbstgefällige', 'feige', 'unverschämt', 'unverschämte', 'verbohrt', 'verbohrte', 'borniert', 'bornierte', 'herablassend', 'herablassende', 'demütigt'],
    fr: ['incompétent', 'incompétente', 'inutile', 'nul', 'nulle', 'pathétique', 'ridicule', 'honteux', 'honteuse', 'corrompu', 'corrompue', 'paresseux', 'arrogant', 'arrogante', 'stupide', 'bête', 'insupportable', 'lamentable', 'minable', 'navrant', 'navrante', 'pitoyable', 'déplorable', 'mesquin', 'mesquine', 'borné', 'bornée', 'prétentieux', 'prétentieuse', 'imbu de lui-même', 'imbue d\'elle-même', 'méprisant', 'méprisante', 'condescendant', 'condescendante', 'hautain', 'hautaine', 'humilie', 'ignare'],
  },
  /** Constructions of mockery and contempt: a comparison, a wish to see someone gone, sarcasm. */
  mock: {
    en: [ '^embarrass', 'living proof that', 'should be ashamed', 'could not organise a', 'can\'t even', 'cannot even', 'the audacity of', 'in charge of nothing', 'no clue about', 'zero clue', 'clown show', '🙃', '😏', '💀', 'shouldn\'t be allowed', 'should not be allowed', 'pull the plug', 'could not organise', 'doesn\'t have a clue', 'has no business', 'tyrant', 'typical', 
      // (A quality compared with a thing's, "has the depth of a puddle": with the article of the thing, since "the backbone
      // of Spanish food", "the warmth of the staff" and "in memory of" are no comparison.)
      ...['depth', 'charisma', 'personality', 'intelligence', 'brains', 'backbone', 'spine', 'judgement', 'judgment', 'emotional range', 'competence', 'warmth',
        'leadership skills', 'self-awareness', 'attention span', 'iq', 'charm', 'vision', 'bedside manner', 'memory'].flatMap((q) => [`the ${q} of a`, `the ${q} of an`]),
      'couldn\'t run a', 'could not run a', 'couldn\'t organise', 'couldn\'t organize', 'couldn\'t find', 'couldn\'t lead', 'couldn\'t manage',
      'wouldn\'t know', 'would not know', 'has no idea', 'has no clue', 'hasn\'t got a clue', 'not a clue', 'about as useful as', 'as useful as',
      'as much use as', 'as competent as', 'like a circus', 'like a clown show', 'like a toddler', 'like a dictator',
      'like a tyrant', 'like a sergeant major', 'runs it like', 'run like a',
      'a masterclass in', 'another masterclass', 'stroke of genius', 'true genius', 'what a genius', 'genius move', 'big brain', 'galaxy brain',
      'bless him', 'bless her', 'bless them', 'oh great', 'oh good', 'oh brilliant', 'slow clap', 'take a bow', 'well done genius',
      'thanks for nothing', 'can\'t wait for', 'cannot wait for', 'should resign', 'should step down', 'should be sacked', 'should be fired',
      'should be struck off', 'should be ashamed', 'should be embarrassed', 'needs to go', 'has to go', 'must go', 'needs to resign',
      'off the air', 'off the airwaves', 'off my telly', 'away from any microphone', 'away from the microphone', 'away from a microphone', 'away from any mic',
      'on a different station', 'on another station', 'a completely silent retirement', 'off our screens', 'off my screen', 'off the telly', 'get him off', 'get her off', 'get them off', 'take him off', 'take her off',
      'please retire', 'retire already', 'time to retire', 'shut up', 'do one', 'get lost', 'good riddance', 'can\'t stand',
      'cannot stand', 'can\'t bear', 'sick of', 'fed up with', 'tired of', 'sick to death of', 'makes me sick', 'makes my skin crawl',
      'never trust', 'lies again', 'lied again', 'lying again', 'another lie', 'another u-turn', 'proves once again', 'in over his head', 'in over her head', 'out of his depth', 'out of her depth', 'imagine being', 'imagine thinking', 'the audacity', 'the nerve', 'the absolute state of', 'what a joke', 'what a clown',
      'what a disgrace', 'what an embarrassment', 'hope he loses', 'hope she loses', 'voted out', 'lose his seat', 'lose her seat', 'lose their seat',
      '🤡', '🙄', '🤦', '🤦‍♂️', '🤦‍♀️', '💩', '🥱', '🤮',
      '^bore us all', '^waffle on', '^drone on', '^ramble on',
    ],
    es: [ 'ni idea de', 'no tiene ni idea', 'tiene la profundidad de', 'tiene el carisma de', 'tiene la inteligencia de', 'no sabría', 'no tiene ni idea', 'ni idea', 'debería dimitir', 'que dimita', 'dimisión ya', 'que se vaya', 'fuera de la tele', 'sin micro', 'sin micrófono', 'lejos de los micros', 'lejos de un micro', 'qué vergüenza', 'menudo payaso', 'menuda payasa', 'otra vez miente', 'como un circo', 'como una dictadura', 'no sirve para nada', 'vaya genio', 'qué genio', 'gracias por nada', 'que se jubile'],
    de: [ 'keine ahnung', 'null ahnung', 'hat keinen plan', 'keinen plan', 'keine ahnung von', 'heuchlerin', 'peinlich', 'fremdschämen', 'hat die tiefe', 'hat das charisma', 'hat die intelligenz', 'keine ahnung', 'hat keine ahnung', 'sollte zurücktreten', 'muss weg', 'rücktritt jetzt', 'abschalten', 'weg vom mikro', 'ohne mikro', 'mikro abdrehen', 'was für ein clown', 'was für eine witzfigur', 'wie ein zirkus', 'wie eine diktatur', 'lügt schon wieder', 'danke für nichts', 'genie', 'fremdschämen'],
    fr: [ 'aucune idée de', 'n\'y connaît rien', 'tyran', 'a la profondeur', 'a le charisme', 'a l\'intelligence', 'n\'a aucune idée', 'aucune idée', 'doit démissionner', 'démission', 'qu\'il dégage', 'qu\'elle dégage', 'allez dégage', 'dégage !', 'dégage de là', 'hors de l\'antenne', 'loin des micros', 'loin d\'un micro', 'couper le micro', 'débrancher ce micro', 'quelle honte', 'quel clown', 'quel guignol', 'comme un cirque', 'comme une dictature', 'ment encore', 'merci pour rien', 'quel génie', 'à la retraite', 'ne sert à rien'],
  },
  secrecy: {
    en: [ 'can\'t say', 'cannot say', 'can\'t tell you', 'can\'t tell', 'can\'t share', 'not allowed to say', 'not allowed to tell', 'not supposed to say yet', 'not supposed to', 'nobody knows yet', 'no one knows yet', 'nobody knows', 'don\'t know yet', 'doesn\'t know yet', 'don\'t know about it yet', 'before the press release', 'announcement on', 'official announcement', '👀', 
      'keep it quiet', 'keep this quiet', 'keep it under your hat', 'keep it to yourself', 'keep this to yourself', 'between us', 'between you and me',
      'don\'t tell anyone', 'do not tell anyone', 'don\'t tell', 'don\'t repeat this', 'don\'t share', 'not public yet', 'not public until', 'isn\'t public',
      'not announced yet', 'hasn\'t been announced', 'has not been announced', 'before it\'s announced', 'before it is announced', 'before the announcement',
      'before the public', 'before the press', 'before anyone else', 'goes public', 'go public', 'going public', 'made public', 'off the record', 'hush hush',
      'hush-hush', 'on the down low', 'on the dl', 'sworn to secrecy', 'not supposed to say', 'not supposed to tell', 'shouldn\'t say', 'shouldn\'t be saying',
      'can\'t say much', 'cannot say much', 'can\'t say more', 'you didn\'t hear it from me', 'didn\'t hear it from me', 'embargo', 'embargoed', 'under wraps',
      'leak', 'leaked', 'insider', 'heads up', 'little birdie', 'a little bird told me', 'staff were told', 'staff told', 'we were told', 'told staff',
      'internal email', 'internal memo', 'all-hands', 'all hands', 'town hall', 'nda', 'confidential', 'secret', 'quietly', 'shh', 'shhh',
      'officially announced', 'official announcement', 'announcement is', 'announced on', 'will be announced', 'gets announced', 'press release goes out',
      'before monday', 'before friday', 'till then', 'until then', 'mum\'s the word', '🤫', '🤐',
    ],
    es: ['no lo has oído de mí', 'no te lo he dicho yo', 'no os lo he dicho yo', 'prohibido contarlo', 'es un secreto', 'que no salga de aquí', 'chitón', 'aún no lo saben', 'todavía no lo saben', 'nadie lo sabe', 'no lo sabe nadie', 'es secreto', 'calladitos', 'no se lo digas a nadie', 'entre nosotros', 'entre tú y yo', 'que quede entre nosotros', 'todavía no es público', 'aún no es oficial', 'no es oficial', 'antes del anuncio', 'se anuncia el', 'se hará público', 'confidencial', 'secreto', 'off the record', 'nos lo dijeron', 'comunicado interno', 'no lo puedo decir', 'calladito'],
    de: ['ihr habt\'s nicht von mir', 'ihr habt es nicht von mir', 'du hast es nicht von mir', 'du hast\'s nicht von mir', 'dürfen noch nichts sagen', 'darf noch nichts sagen', 'noch nix sagen dürfen', 'weiß noch keiner', 'weiß es noch niemand', 'weiß es noch keiner', 'noch keiner', 'darf ich noch nicht sagen', 'sagt\'s nicht weiter', 'sagt es nicht weiter', '=intern', '=internen', '=interner', 'psst', 'pssst', 'sag es niemandem', 'unter uns', 'unter uns gesagt', 'noch nicht öffentlich', 'noch nicht offiziell', 'vor der ankündigung', 'wird am', 'bekannt gegeben', 'vertraulich', 'geheim', '=interne mail', 'darf ich eigentlich nicht sagen', 'psst', 'pssst'],
    fr: ['vous le tenez pas de moi', 'vous ne le tenez pas de moi', 'tu le tiens pas de moi', 'tu ne le tiens pas de moi', 'interdiction d\'en parler aux', 'on n\'a pas le droit d\'en parler', 'nous n\'avons pas le droit d\'en parler', 'j\'ai pas le droit d\'en parler', 'je n\'ai pas le droit d\'en parler', 'personne n\'est encore au courant', 'personne n\'est au courant', 'pas encore au courant', 'ne le dites pas', 'motus et bouche cousue', 'je ne peux pas dire', 'je peux rien dire', 'ne le dis à personne', 'entre nous', 'entre nous soit dit', 'pas encore public', 'pas encore officiel', 'avant l\'annonce', 'sera annoncé', 'annoncé le', 'confidentiel', 'secret', 'en interne', 'mail interne', 'je ne devrais pas le dire', 'chut', 'motus'],
  },
  businessEvent: {
    en: ['reshuffle', 'resigning', 'resignation', 'inspection', 'ofsted', 'laying off', 'being acquired', 'acquired', 'contract signed', 'decree', 'new rules', 'rule change', 
      'merger', 'acquisition', 'takeover', 'buyout', 'layoffs', 'lay-offs', 'redundancies', 'redundancy', 'job cuts', 'cuts', 'restructure', 'restructuring',
      'reorg', 'reorganisation', 'reorganization', 'closure', 'shutdown', 'bankruptcy', 'administration', 'insolvency', 'downsizing', 'offshoring',
      'ipo', 'funding round', 'series a', 'series b', 'the deal', 'big deal', 'new contract', 'partnership', 'rebrand', 'launch', 'product launch', 'new product',
      'price rise', 'price increase', 'earnings', 'quarterly numbers', 'q1 numbers', 'q2 numbers', 'q3 numbers', 'q4 numbers', 'revenue', 'profits', 'new ceo',
      'leadership change', 'new owners', 'hiring freeze', 'pay freeze', 'pay cut', 'office closure', 'ward closure', 'site closure', 'relocation', 'budget cuts',
      'being bought', 'being sold', 'for sale', 'closing down', 'shutting down', 'going under', 'going bust', 'new owner', 'job losses', 'roles at risk', 'at risk of redundancy', 'consultation period',
      '^merge', '^acquire', '^buy out', '^take over', '^lay off', '^let go', '^shut down', '^restructure', '^relocate', '^fold',
    ],
    es: ['cierra', 'cierran', 'cierre', 'reestructuración', 'recortes', 'fusión', 'adquisición', 'compra', 'despidos', 'ere', 'recortes', 'reestructuración', 'cierre', 'quiebra', 'concurso de acreedores', 'lanzamiento', 'nuevo director', '^fusionarse', '^despedir', 'fusionan', 'se fusiona', 'traspaso', 'se traspasa', 'venden la empresa', 'nos venden', 'cierra la tienda', 'erte'],
    de: ['zumachen', 'macht dicht', 'dicht machen', 'zumacht', 'abriss', 'schließt', 'schließung', 'fusion', 'übernahme', 'stellenabbau', 'entlassungen', 'kündigungen', 'umstrukturierung', 'schließung', 'insolvenz', 'pleite', 'neuer chef', '^übernehmen', '^entlassen', '^fusionieren', 'zusammengelegt', 'zusammenlegung', 'zusammenlegen', 'wird verkauft', 'kurzarbeit', 'sozialplan'],
    fr: ['racheté', 'rachetée', 'fermeture', 'décret', 'nouveau décret', 'fusion', 'rachat', 'acquisition', 'licenciements', 'plan social', 'restructuration', 'fermeture', 'faillite', 'liquidation', 'lancement', 'nouveau directeur', '^racheter', '^licencier', '^fusionner', 'regroupement', 'regroupé', 'regroupée', 'délocalisation', 'délocalisé', 'chômage partiel', 'redressement judiciaire'],
  },
  /** Organisations and their parts: closing, selling or merging one is business news. */
  orgNoun: {
    en: ['warehouse', 'swimming pool', 'pool', 'library', 'office', 'site', 'branch', 'ward', 'clinic', 'practice', 'company', 'firm', 'department', 'team', 'store', 'shop', 'plant', 'factory', 'school', 'unit', 'division', 'business', 'startup', 'studio', 'agency', 'hospital', 'trust', 'surgery', 'us', 'we', 'staff'],
    es: ['urgencias', 'centro', 'servicio', 'consultorio', 'oficina', 'sede', 'sucursal', 'planta', 'clínica', 'empresa', 'departamento', 'equipo', 'tienda', 'fábrica', 'colegio', 'hospital', 'bufete', 'plantilla'],
    de: ['büro', 'standort', 'filiale', 'station', 'klinik', 'praxis', 'firma', 'abteilung', 'team', 'laden', 'werk', 'fabrik', 'schule', 'krankenhaus', 'kanzlei', 'belegschaft'],
    fr: ['bureau', 'site', 'agence', 'service', 'clinique', 'cabinet', 'entreprise', 'boîte', 'département', 'équipe', 'magasin', 'usine', 'école', 'hôpital', 'personnel'],
  },
  businessVerb: {
    en: ['^close', '^sell', '^buy', '^merge', '^shut', '^cut', '^axe', '^scrap', '^move', '^outsource', '^sell off'],
    es: ['^cerrar', '^vender', '^comprar', '^fusionar', '^recortar', '^trasladar'],
    de: ['^schließen', '^verkaufen', '^kaufen', '^fusionieren', '^streichen', '^verlegen', '^dichtmachen'],
    fr: ['^fermer', '^vendre', '^acheter', '^fusionner', '^supprimer', '^délocaliser'],
  },
  complaint: {
    en: ['job cuts', 'cut jobs', 'no heating', 'broken heating', 'staff shortages', 'short of staff', 'unfilled posts', 'vacancies', 'pay the interns', 'unpaid interns', 'underpays', 'bonus for', 'bonuses', 'while we', 'like a sinking ship', 'ideas die', 'nobody cares', 'still waiting', 'waiting for months', 'cut jobs', 'no heating', 'shameful', 'classy', 'understaffed', 
      'underpaid', 'overworked', 'understaffed', 'short-staffed', 'short staffed', 'unpaid overtime', 'no breaks', 'no break', 'rota', 'rotas',
      'management', 'managers', 'toxic', 'exploited', 'exploitation', 'burnt out', 'burned out', 'treat us', 'treats us', 'treating us',
      'doesn\'t care', 'don\'t care', 'couldn\'t care less', 'pay rise', 'no pay rise', 'pay freeze', 'zero-hours', 'cuts', 'again', 'still no',
      'still haven\'t', 'yet again', 'as usual', 'typical', 'joke', 'a joke', 'shambles', 'disgrace', 'farce', 'chaos', 'ridiculous', 'unbelievable',
      'can\'t believe', 'fed up', 'sick of', 'tired of', 'done with', 'quit', 'resign', 'walk out', 'strike', 'union', 'grievance', 'hr',
      'unsafe', 'dangerous', 'unsafe staffing', 'no beds', 'no staff', 'no one listens', 'nobody listens', 'won\'t listen', 'ignored',
      'worst', 'hate', 'hate my job', 'hate this place', 'miserable', 'soul-destroying', 'soul destroying', 'clown show', 'circus', 'mess',
      'unpaid', 'bonus', 'no bonus', 'overtime', 'pay', 'wages', 'salary', 'contract', 'bullying', 'micromanage', 'micromanaging',
      '^underpay', '^overwork', '^ignore', '^exploit', '^screw over', '^cancel leave', '^cut',
      // Things that do not work and work that is not paid: the facts a complaint about a workplace is made of.
      'broken', 'broke down', 'breaks down', 'out of order', 'leaking', 'leaks', 'leaky', 'for free', 'without pay',
      // Savings made on the staff or the work: "wants us to do more with less".
      'do more with less', 'more with less',
      // (Twenty-third round) a demand made of the staff, and what they were given no more of: "wants us to run detentions
      // in our PPA time", "no extra staff", "of course they do".
      'wants us to', 'expects us to', 'expect us to', 'no extra staff', 'no extra pay', 'of course they do', 'of course they did', 'treats its staff', 'treat their staff', 'treats their staff',
      // Money saved on the staff and the work, and staff missing by number: "to save money", "froze pay", "three nurses
      // short", "deserve better", "makes up for 70-hour weeks".
      'to save money', 'save money', 'saving money', 'froze pay', 'frozen pay', 'pay frozen', 'nurses short', 'staff short', 'teachers short', 'people short', 'deserve better', 'deserves better',
      'makes up for', 'make up for', 'cancelled our', 'cancelled my', 'cut our', 'cuts our', 'slashed', 'no raise', 'no pay rise again', 'another restructure', 'another reorg', 'restructure again', 'the work of two', 'the work of three', 'the job of two', 'doing the work of',
    ],
    es: ['no nos paga', 'no paga', 'nos paga a 0', '^recortar', 'vergonzoso', 'vergonzosa', 'abandono', 'lamentable', 'indignante', 'falta de médicos', 'sin médicos', 'sin personal', 'plazas sin cubrir', 'nos exigen', 'indignante', 'lamentable', 'vergüenza', 'vergonzoso', 'abandono', 'mal pagado', 'mal pagada', 'explotados', 'explotación', 'sin descanso', 'falta de personal', 'horas extra', 'la dirección', 'jefes', 'tóxico', 'quemado', 'quemada', 'harto', 'harta', 'vergüenza', 'un desastre', 'un chiste', 'recortes', 'huelga', 'no nos pagan', 'sueldo', '^explotar', 'averiado', 'averiada', 'estropeado', 'estropeada', 'no funciona', 'goteras', 'trabajar gratis', 'trabajando gratis', 'gratis los', 'sin cobrar', 'sin pagar', 'horas extra sin pagar', 'nos ha quitado', 'nos han quitado', 'nos quitan', 'nos quita', 'otra vez', 'nos piden', 'nos obligan', 'sin cobrar las',
      'retrasar las nóminas', 'retrasa las nóminas', 'retrasan las nóminas', 'nómina tarde', 'nos deben', 'ahorrar', 'para ahorrar', 'congelado el sueldo', 'congelan el sueldo', 'merecemos algo mejor', 'vuelto a recortar', 'ha vuelto a',
      // (Shifts changed without warning, pay that never rises, no time to eat, short contracts, no word of thanks.)
      'sin avisar', 'sin subida de sueldo', 'hasta el moño', 'hasta las narices', 'cobro lo mismo', 'cobramos lo mismo', 'nos congelan', 'ni las gracias', 'ni una palabra de agradecimiento', 'ni tiempo para comer', 'sin tiempo para comer',
      'nos ha soltado', 'nos han soltado', 'nos han vuelto a', 'nos cambian los turnos', 'cambiar los turnos', 'contrato basura', 'contratos basura', 'precariedad', 'nos tratan como', 'somos robots'],
    de: ['spart an', 'sparen an', 'spart bei', 'spart jetzt an', '^kürzen', 'unbesetzt', 'personalmangel', 'stellen unbesetzt', 'kaputt', 'seit jahren', 'museum', 'nichts funktioniert', 'unterbezahlt', 'überarbeitet', 'unterbesetzt', 'personalmangel', 'überstunden', 'keine pause', 'die leitung', 'geschäftsführung', 'toxisch', 'ausgebrannt', 'satt', 'frechheit', 'zumutung', 'chaos', 'sauladen', 'streik', 'gehalt', 'kündigen', '^ausbeuten', 'defekt', 'regnet rein', 'regnet es', 'undicht', 'unbezahlt', 'umsonst arbeiten', 'arbeiten umsonst', 'gratis arbeiten', 'arbeiten gratis', 'gestrichen', 'seit monaten', 'spart am', 'sparen am', 'uns weggenommen', 'wundert sich', 'wundern sich',
      'spart wieder', 'spart überall', 'keine gehaltserhöhung', 'keine lohnerhöhung', 'an allem gespart', 'spart an allem', 'um geld zu sparen', 'gehälter eingefroren', 'schon wieder', 'wieder mal', 'haben was besseres verdient', 'verdienen besseres'],
    fr: ['coupe dans', 'rogne sur', '^rogner', 'nous paie', 'ne nous paie pas', 'sous-payés', 'payés au lance-pierre', 'stagiaires', 'turnover', 'tout le monde part', 'démissions', 'rien ne marche', 'indigne', 'bravo', 'sous-payé', 'sous-payée', 'surmené', 'surmenée', 'en sous-effectif', 'manque de personnel', 'heures sup', 'pas de pause', 'la direction', 'toxique', 'épuisé', 'épuisée', 'ras le bol', 'ras-le-bol', 'marre', 'honte', 'bordel', 'grève', 'salaire', '^exploiter', 'en panne', 'tombe en panne', 'cassé', 'cassée', 'ne marche pas', 'fuite', 'fuites', 'gratuitement', 'pas payé', 'pas payées', 'pas payés', 'bénévolement', 'vient de supprimer', 'nous a supprimé', 'nous supprime', 'merci pour la reconnaissance', 's\'étonne', 's\'étonnent', 'nous demande de', 'on nous demande de',
      'merci pour rien', 'encore imposé', "pas d'augmentation", 'le travail de six', 'le travail de deux', 'le travail de trois', 'faire le travail de', 'nous impose', 'nous a imposé', 'nous imposent', 'pour faire des économies', 'faire des économies', 'gel des salaires', 'encore une fois', 'méritons mieux', 'mérite mieux'],
  },
  employerGeneric: {
    en: ['working at', 'work at', 'i work at', 'i work for', 'our school', 'our practice', 'my workplace', 'my employer', 'my company', 'my firm', 'my school', 'my hospital', 'my trust', 'my practice', 'my clinic', 'my boss', 'my bosses', 'my manager', 'my line manager', 'our management', 'senior management', 'upper management', 'head office', 'the trust', 'our trust', 'our school', 'our hospital', 'our practice', 'our firm', 'our company', 'the place i work', 'where i work', 'our ceo', 'the partners', 'slt', 'senior leadership',
      // (Twenty-third round) the employer as the writer names it in a complaint: "this company", "our head", "the board".
      'this company', 'this firm', 'our head', 'our headteacher', 'our head teacher', 'our principal', 'our director', 'our managers', 'our bosses', 'our employer', 'my employers', 'the board', 'our board', 'work made us', 'work wants us', 'work expects us'],
    es: ['mi trabajo', 'mi empresa', 'mi jefe', 'mi jefa', 'la empresa', 'el hospital', 'el colegio', 'el bufete', 'la dirección', 'donde trabajo', 'los jefes', 'recursos humanos', 'rrhh', 'la gerencia', 'los socios', 'el rectorado', 'la jefatura', 'nuestra empresa', 'nuestros jefes', 'nuestra jefa', 'nuestro jefe', 'la directiva', 'mi empleador', 'la consejería', 'esta empresa', 'mi curro', 'el curro', 'mis jefes', 'en el trabajo', 'en el curro'],
    de: ['stadtverwaltung', 'die stadt', 'amt für', 'meine arbeit', 'mein job', 'meine firma', 'mein chef', 'meine chefin', 'die firma', 'das krankenhaus', 'die klinik', 'die schule', 'die kanzlei', 'die geschäftsleitung', 'die geschäftsführung', 'unsere geschäftsführung', 'der vorstand', 'die chefetage', 'die personalabteilung', 'wo ich arbeite', 'personalabteilung', 'der firma', 'unsere firma', 'unserer firma', 'meiner firma', 'mein arbeitgeber', 'meinem arbeitgeber', 'meinen arbeitgeber', 'im betrieb', 'unser betrieb', 'unserem betrieb', 'die chefs', 'den chefs', 'der chefs', 'klinikleitung', 'praxisleitung', 'kanzleileitung', 'unsere leitung', 'die leitung', 'unser chef', 'unsere chefin', 'unser arbeitgeber', 'unseren arbeitgeber', 'auf der arbeit', 'auf arbeit'],
    fr: ['mon travail', 'mon boulot', 'ma boîte', 'mon entreprise', 'mon chef', 'ma cheffe', 'mon patron', 'ma patronne', 'la boîte', 'l\'hôpital', 'le lycée', 'le collège', 'le cabinet', 'la direction', 'là où je bosse', 'les rh', 'la hiérarchie', 'ma hiérarchie', 'notre hiérarchie', 'le rectorat', 'le siège social', '=au siège', 'mon employeur', 'notre employeur', 'notre direction', 'notre boîte', 'notre patron', 'notre cheffe', 'notre chef', 'la boite', 'au boulot', 'au taf', 'mon taf'],
  },
  partner: {
    en: ['ex\'s', 'wife\'s', 'husband\'s', 'boyfriend', 'girlfriend', 'bf', 'gf', 'husband', 'wife', 'hubby', 'wifey', 'partner', 'fiancé', 'fiancee', 'fiance', 'fiancée', 'ex', 'my ex', 'the ex', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'situationship', 'date', 'first date', 'crush', 'other half', 'spouse', 'marriage', 'relationship', 'he', 'she', 'him', 'her'],
    es: ['novio', 'novia', 'marido', 'mujer', 'esposo', 'esposa', 'pareja', 'mi ex', 'ex', 'cita', 'matrimonio', 'relación', 'mi mujer', 'mi chica', 'mi chico'],
    de: ['er', 'ex-freund', 'ex-freundin', 'freund', 'freundin', 'mann', 'frau', 'ehemann', 'ehefrau', 'partner', 'partnerin', 'mein ex', 'meine ex', 'ex', 'verlobter', 'verlobte', 'date', 'ehe', 'beziehung', 'meine frau', 'meiner frau', 'mein mann', 'meinem mann', 'meinen mann', 'meine freundin', 'mein freund', 'meinem freund'],
    fr: ['copain', 'copine', 'mec', 'meuf', 'mari', 'femme', 'époux', 'épouse', 'conjoint', 'conjointe', 'mon ex', 'ex', 'fiancé', 'fiancée', 'rencard', 'mariage', 'couple', 'relation', 'ma femme', 'ma compagne', 'mon compagnon'],
  },
  // Phrases, not bare verbs, as in English: Spanish "dejar", French "quitter" and "se tromper", German "verlassen" and
  // "trennen" are everyday verbs ("ahí lo dejo", "je me suis trompé", "das Haus verlassen", "den Müll trennen").
  breakup: {
    en: ['my ex', 'my ex-husband', 'my ex-wife', 'my ex-boyfriend', 'my ex-girlfriend', 'my ex-partner', 'after years together', 'years together', 'packed up and left', 'took the kids', '^pack up and leave', 'bad date', 'first date', 'swiping', 'swipe left', 'swiped', 'matched with', 'dating', 'by voice note', 'voice note', 'after 5 years', 'after 10 years', 'has left', '\'s left', 'left me', 'walked out on', 'moved out', 'single again', 
      'breakup', 'break-up', 'divorce', 'separation', 'an affair', 'having an affair', 'cheating', 'heartbreak', 'heartbroken', 'single again', 'dating apps', 'dating app',
      'tinder', 'hinge', 'bumble', 'grindr', 'ghosted', 'left on read', 'marriage counselling', 'couples therapy', 'custody', 'moved out', 'walked out',
      // (A family's story told without its keywords: trying for a child, the children at the other parent's, a marriage
      // found out about, a relative who will not forgive.)
      'trying for a baby', 'trying to conceive', "kids at their dad's", "kids at their mum's", "at their dad's new", "at their mum's new", 'found out from his phone', 'found out from her phone', "won't forgive me", "still won't speak to me", 'are done for good',
      'said goodbye', 'by text', 'over text', 'via text', 'blocked me', 'unfollowed me', 'another woman', 'another man', 'someone else', 'the other woman',
      'the other man', 'my heart', 'broke my heart', 'cried all night', 'crying all night', 'after three years', 'after two years', 'years together',
      'years of marriage', 'wedding', 'engagement', 'ring back', 'moving on', 'it\'s over', 'it is over', 'we\'re done', 'we are done', 'not speaking',
      'family drama', 'in-laws', 'mother-in-law', 'massive row', 'huge row', 'screaming match', 'slammed the door', 'kicked him out', 'kicked her out',
      '^break up', '^dump', '^ghost', '^cheat on', '^leave me', '^walk out', '^move out', '^split up', '^separate', '^divorce', '^propose', '^get engaged',
      '^say goodbye', '^end it', '^block me', '^fall out', '^kick out', '^have an affair', '=left his wife for', '=left her husband for', '=left me for',
    ],
    es: ['desde que lo dejamos', 'desde que me dejó', 'desde que nos separamos', 'buscando un bebé', 'buscando embarazo', 'mi ex', 'mi exmarido', 'mi exmujer', 'mi expareja', 'me dejó', 'por audio', 'después de años', 'ruptura', 'divorcio', 'separación', 'cuernos', 'infidelidad', 'me dejó', 'me ha dejado', 'me dejó por', 'corazón roto', 'soltera otra vez', 'soltero otra vez', 'por whatsapp', 'por mensaje', 'años juntos', 'bronca', 'suegra', '=ha roto con su', '=rompió con su', '=rompió conmigo', '=ha roto conmigo', '=he roto con', '=rompí con', '=dejó a su mujer', '=dejó a su marido', '=ha dejado a su mujer', '=ha dejado a su marido', '=me dejó por', '=me ha dejado por', '=me engañaba', '=me engañó', '=me ha engañado', '=marido me engaña', '=mujer me engaña', '=novio me engaña', '=novia me engaña', '=me puso los cuernos', '^separarse', '^divorciarse'],
    de: ['trennt sich', 'trennen sich', 'haben sich getrennt', 'hat sich getrennt', 'scheidung', 'lassen sich scheiden', 'lässt sich scheiden', 'mein ex', 'meine ex', 'mein exmann', 'meine exfrau', 'nach jahren', 'nach acht jahren', 'jahre beziehung', 'schluss gemacht', 'hat schluss gemacht', 'per sprachnachricht', 'sprachnachricht', 'nach jahren', 'trennung', 'scheidung', 'affäre', 'fremdgehen', 'betrogen', 'hat mich verlassen', 'schluss gemacht', 'liebeskummer', 'wieder single', 'per whatsapp', 'per sms', 'jahre zusammen', 'streit', 'schwiegermutter', '=haben uns getrennt', '=uns getrennt', '=hat ihren mann verlassen', '=hat seine frau verlassen', '=hat mich betrogen', '=mann betrügt mich', '=frau betrügt mich', '=freund betrügt mich', '=freundin betrügt mich', '=fremdgegangen', '=ist fremdgegangen'],
    fr: ['se séparent', 'se sont séparés', 'son amant', 'sa maîtresse', 'mon ex', 'mon ex-mari', 'mon ex-femme', 'après des années', 'ans de relation', 'larguée', 'largué', '^larguer', 'par texto', 'rupture', 'divorce', 'séparation', 'tromperie', 'il m\'a quittée', 'elle m\'a quitté', 'm\'a quitté', 'm\'a quittée', 'cœur brisé', 'célibataire à nouveau', 'par texto', 'par sms', 'ans ensemble', 'dispute', 'belle-mère', '=on a rompu', '=j\'ai rompu avec', '=il a rompu avec', '=elle a rompu avec', '=je l\'ai quitté', '=je l\'ai quittée', '=a quitté son mari', '=a quitté sa femme', '=a quitté son copain', '=a quitté sa copine', '=me quitte pour', '=te quitte pour le', '=te quitte pour la', '=te quitte pour un', '=te quitte pour une', '=m\'a quittée pour', '=m\'a quitté pour', '=il m\'a trompée', '=elle m\'a trompé', '=m\'a trompé', '=m\'a trompée', '=me trompait', '=mari me trompe', '=femme me trompe', '=copain me trompe', '=copine me trompe', '^se séparer', '^divorcer'],
  },
  promotion: {
    en: ['book now', 'book your', 'book an appointment', 'appointments available', 'discount', '% off', 'percent off', 'offer', 'special offer', 'limited time', 'sign up', 'register now', 'link in bio', 'dm us', 'dm me', 'check out our', 'check out my', 'our new', 'now available', 'available now', 'we\'re hiring', 'we are hiring', 'join our team', 'come and see us', 'visit us', 'visit our', 'call us', 'free consultation', 'promo code', 'use code', 'shop now', 'buy now', 'pre-order', 'preorder', 'subscribe', 'follow us', 'follow my work account', 'follow our',
      // (An employer's open doors: "X is hiring", "open evening on Thursday", "come and meet the staff".)
      'is hiring', 'are hiring', 'now hiring', 'open evening', 'open day', 'open days', 'come and meet'],
    es: ['reserva ya', 'pide cita', 'descuento', 'oferta', 'ven a vernos', 'estamos contratando', 'síguenos', 'enlace en la bio', 'consulta gratuita', 'puertas abiertas'],
    de: ['jetzt buchen', 'termin vereinbaren', 'rabatt', 'angebot', 'wir stellen ein', 'folgt uns', 'link in der bio', 'kostenlose beratung', 'tag der offenen tür'],
    fr: ['réservez', 'prenez rendez-vous', 'réduction', 'promo', 'offre', 'on recrute', 'nous recrutons', 'suivez-nous', 'lien en bio', 'consultation gratuite', 'portes ouvertes'],
  },
  /** A person by their role: the target of an attack even without a name. */
  publicRole: {
    en: ['business secretary', 'foreign secretary', 'health secretary', 'culture secretary', 'transport minister', 'health minister', 'education minister', 'pundit', 'the chancellor', 'cabinet minister', 'minister', 'senator', 'congressman', 'congresswoman', 'mp', 'councillor', 'mayor', 'president', 'prime minister', 'chancellor', 'governor', 'pundit', 'commentator', 'presenter', 'tv host', 'talk show host', 'radio host', 'podcast host', 'podcaster', 'broadcaster', 'youtuber', 'breakfast tv host', 'anchor', 'columnist', 'influencer', 'ceo', 'chairman', 'spokesperson', 'home secretary', 'health secretary', 'education secretary', 'attorney general'],
    es: ['consejero', 'consejera', 'ministro', 'ministra', 'senador', 'senadora', 'diputado', 'diputada', 'alcalde', 'alcaldesa', 'presidente', 'presidenta', 'tertuliano', 'tertuliana', 'presentador', 'presentadora', 'columnista', 'consejero', 'consejera', 'concejal', 'concejala', 'comentarista', 'influencer'],
    de: ['verkehrsminister', 'verkehrsministerin', 'oberbürgermeisterin', 'oberbürgermeister', 'dezernent', 'dezernentin', 'bundeskanzler', 'minister', 'ministerin', 'senator', 'abgeordneter', 'abgeordnete', 'bürgermeister', 'bürgermeisterin', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'moderator', 'moderatorin', 'kommentator', 'kolumnist', 'stadtrat', 'stadträtin', 'landrat', 'landrätin', 'influencerin', 'youtuber', 'podcaster', 'radiomoderator', 'radiomoderatorin'],
    fr: ['préfet', 'préfète', 'le préfet', 'la juge', 'le juge', 'ministre', 'sénateur', 'sénatrice', 'député', 'députée', 'maire', 'président', 'présidente', 'chroniqueur', 'chroniqueuse', 'éditorialiste', 'présentateur', 'présentatrice', 'polémiste', 'conseiller municipal', 'conseillère municipale', 'adjoint au maire', 'influenceuse', 'garde des sceaux'],
  },
  /** People of the person's own work: attacking them is warned even on a personal identity. */
  workRole: {
    en: ['editor', 'our editor', 'deputy head', 'dht', 'my manager', 'boss', 'manager', 'line manager', 'colleague', 'coworker', 'co-worker', 'supervisor', 'consultant', 'registrar', 'matron', 'ward manager', 'charge nurse', 'head teacher', 'headteacher', 'principal', 'deputy head', 'head of department', 'hod', 'senior partner', 'opposing counsel', 'the judge', 'judge', 'magistrate', 'director', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cpo', 'vp', 'founder', 'co-founder', 'cofounder', 'team lead', 'practice manager', 'surgeon', 'dentist', 'doctor', 'dr', 'nurse', 'teacher', 'lawyer', 'solicitor', 'barrister', 'clerk',
      // The rest of the hierarchy and the people met at work (the referee, the critic, the examiner), with a modifier or not.
      'office manager', 'ops manager', 'operations manager', 'deputy editor', 'editor-in-chief', 'editor in chief', 'photo editor', 'news editor',
      'assistant principal', 'vice principal', 'head of service', 'head of year', 'programme chief', 'program chief', 'programme manager',
      'program manager', 'area manager', 'duty manager', 'store manager', 'team leader', 'referee', 'critic', 'reviewer', 'examiner',
      // Heads and colleagues of schools, practices and firms that people name by their post.
      'clinical lead', 'practice owner', 'principal dentist', 'managing partner', 'equity partner',
      'head of maths', 'head of science', 'head of english', 'head of department', 'head of faculty', 'head of school', 'head of nursing', 'ward sister',
      // A software company's people, by their post ('our new head of product', 'the eng manager').
      'head of product', 'head of engineering', 'head of sales', 'head of marketing', 'head of design', 'head of people', 'head of support', 'head of operations', 'head of growth', 'product manager', 'product lead', 'engineering manager', 'eng manager', 'tech lead', 'vp of engineering', 'vp of sales', 'vp of product'],
    es: ['gerente', 'gerenta', 'coordinadora', 'coordinador', 'jefe', 'jefa', 'compañero', 'compañera', 'supervisor', 'supervisora', 'director', 'directora', 'juez', 'jueza', 'abogado', 'abogada', 'médico', 'médica', 'enfermera', 'enfermero', 'profesor', 'profesora', 'socio', 'socia',
      'magistrado', 'magistrada', 'árbitro', 'árbitra', 'míster', 'entrenador', 'entrenadora', 'encargado', 'encargada', 'jefe de servicio',
      'jefa de servicio', 'redactor jefe', 'redactora jefa', 'inspector', 'inspectora', 'crítico', 'crítica', 'visitador', 'visitadora', 'jefe de estudios', 'jefa de estudios', 'supervisora de planta', 'su señoría', 'rector', 'rectora', 'vicerrector', 'vicerrectora', 'profe', 'orientador', 'orientadora', 'secretario de educación', 'secretaria de educación', 'odontólogo', 'odontóloga', 'higienista', 'adjunta', 'procurador', 'procuradora', 'perito', 'perita', 'supervisor de guardia'],
    de: ['chef', 'chefin', 'kollege', 'kollegin', 'vorgesetzter', 'vorgesetzte', 'oberarzt', 'oberärztin', 'chefarzt', 'chefärztin', 'schulleiter', 'schulleiterin', 'richter', 'richterin', 'anwalt', 'anwältin', 'arzt', 'ärztin', 'lehrer', 'lehrerin', 'pflegedienstleitung',
      'leiterin', 'teamleiter', 'teamleiterin', 'büroleiter', 'büroleiterin', 'abteilungsleiter', 'abteilungsleiterin', 'dienststellenleiter',
      'dienststellenleiterin', 'geschäftsführer', 'geschäftsführerin', 'chefredakteur', 'chefredakteurin', 'redakteur', 'redakteurin', 'schiedsrichter',
      'schiedsrichterin', 'kritiker', 'kritikerin', 'prüfer', 'prüferin', 'trainerin', 'fachberatung', 'fachberaterin', 'fachberater', 'rektor', 'rektorin', 'konrektor', 'konrektorin', 'dekan', 'dekanin', 'stationsleitung', 'schulleitung', 'teamleitung', 'praxisinhaber', 'praxisinhaberin', 'praxischef', 'praxischefin', 'praxismanager', 'praxismanagerin', 'kanzleichef', 'kanzleichefin', 'seniorpartner', 'seniorpartnerin', 'fachleitung', 'fachleiter', 'fachleiterin', 'stufenleitung', 'stufenleiter', 'stufenleiterin', 'koordinator', 'koordinatorin', 'zahnarzt', 'zahnärztin', 'assistenzarzt', 'assistenzärztin', 'gutachter', 'gutachterin', 'staatsanwalt', 'staatsanwältin', 'gegenanwalt', 'gegenanwältin', 'verfahrensbeistand', 'kultusministerin', 'kultusminister'],
    fr: ['chef', 'cheffe', 'patron', 'patronne', 'collègue', 'supérieur', 'supérieure', 'directeur', 'directrice', 'proviseur', 'principal', 'juge', 'avocat', 'avocate', 'médecin', 'infirmière', 'infirmier', 'prof', 'professeur', 'associé', 'associée',
      'gestionnaire', 'gérant', 'gérante', 'rédacteur en chef', 'rédactrice en chef', 'chef de service', 'cheffe de service', 'chef de salle',
      'chef de programme', 'cheffe de programme', 'chef de projet', 'arbitre', 'inspecteur', 'inspectrice', 'examinateur',
      'examinatrice', 'magistrat', 'magistrate', 'supérieur hiérarchique', 'proviseure', 'cadre de santé', 'drh', 'cpe', 'confrère', 'consœur', 'consoeur', 'bâtonnier', 'bâtonnière', 'chef de clinique', 'avocat adverse', 'avocate adverse', 'coordinateur', 'coordinatrice', 'principal adjoint', 'principale adjointe', 'chirurgien', 'chirurgienne', 'dentiste', 'greffier', 'greffière', 'procureur', 'procureure', 'confrère adverse', 'inspecteur académique', 'inspectrice académique'],
  },
  /** Honorifics and titles written before a name. Those in workTitle point at the person's own work. */
  title: {
    en: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'judge', 'hhj', 'justice', 'senator', 'minister', 'councillor', 'cllr', 'rev', 'reverend', 'father', 'sister', 'nurse', 'coach', 'president', 'governor', 'mayor', 'chancellor', 'secretary', 'rep', 'representative', 'congressman', 'congresswoman', 'king', 'queen', 'prince', 'princess', 'officer', 'sergeant', 'inspector', 'detective', 'captain', 'general', 'commissioner'],
    es: ['sr', 'sra', 'srta', 'señor', 'señora', 'señorita', 'don', 'doña', 'dra', 'doctora', 'juez', 'jueza', 'ministro', 'ministra', 'diputado', 'diputada', 'senador', 'senadora', 'presidente', 'presidenta', 'alcalde', 'alcaldesa'],
    de: ['dezernent', 'dezernentin', 'amtsleiter', 'amtsleiterin', 'oberbürgermeister', 'oberbürgermeisterin', 'herr', 'herrn', 'frau', 'richter', 'richterin', 'minister', 'ministerin', 'abgeordneter', 'abgeordnete', 'kanzler', 'kanzlerin', 'bürgermeister', 'bürgermeisterin', 'oberarzt', 'oberärztin', 'chefarzt', 'chefärztin', 'schwester'],
    fr: ['m', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'maître', 'me', 'juge', 'ministre', 'député', 'députée', 'sénateur', 'sénatrice', 'président', 'présidente', 'maire'],
  },
  workTitle: {
    en: ['dr', 'doctor', 'prof', 'professor', 'judge', 'hhj', 'justice', 'sister', 'nurse', 'matron', 'coach', 'mr', 'mrs', 'ms', 'miss', 'mx', 'head', 'principal', 'officer'],
    es: ['dra', 'doctora', 'juez', 'jueza', 'sr', 'sra', 'señor', 'señora'],
    de: ['richter', 'richterin', 'oberarzt', 'oberärztin', 'chefarzt', 'chefärztin', 'schwester', 'herr', 'frau'],
    fr: ['maître', 'me', 'juge', 'docteur', 'monsieur', 'madame'],
  },
  protectedPatients: {
    en: ['patient', 'patients', 'pt', 'pts', 'resident', 'residents', 'service user', 'service users', 'admission', 'admissions', 'frequent flyer', 'frequent flier', 'the lady in', 'the man in', 'the gentleman in', 'the woman in', 'the guy in', 'the chap in', 'the kid in', 'the baby in', 'on the ward', 'on my ward', 'in clinic', 'in resus', 'in a&e', 'in the chair', 'on shift', 'night shift', 'my shift', 'handover', 'obs', 'nhs'],
    es: ['consulta', 'en consulta', 'paciente de', 'mi paciente', 'paciente', 'pacientes', 'residente', 'residentes', 'en planta', 'en la consulta', 'en urgencias', 'la señora de la', 'el señor de la', 'de guardia', 'mi turno'],
    de: ['patient', 'patientin', 'patienten', 'bewohner', 'bewohnerin', 'auf station', 'in der sprechstunde', 'in der notaufnahme', 'die dame in', 'der herr in', 'im dienst', 'nachtdienst'],
    fr: ['patient', 'patiente', 'patients', 'résident', 'résidente', 'dans le service', 'en consultation', 'aux urgences', 'la dame de la', 'le monsieur de la', 'de garde', 'ma garde'],
  },
  protectedStudents: {
    en: ['parents\' evening', 'parents evening', 'student', 'students', 'pupil', 'pupils', 'kid', 'kids', 'child', 'children', 'learner', 'learners', 'my class', 'my form', 'my tutor group', 'in my class', 'year 7s', 'year 8s', 'year 9s', 'year 10s', 'year 11s', 'year 12s', 'year 13s', 'sixth former', 'sixth formers', 'my tutees', 'tutee', 'lesson', 'period', 'parents evening', 'his mum', 'her mum', 'his dad', 'her dad', 'his parents', 'her parents'],
    es: ['alumno', 'alumna', 'alumnos', 'alumnas', 'estudiante', 'estudiantes', 'niño', 'niña', 'niños', 'chaval', 'chavala', 'chavales', 'mi clase', 'mi tutoría', 'en clase', 'sus padres', 'su madre', 'su padre', 'reunión de padres', 'reunión con los padres', 'tutoría con los padres'],
    de: ['schüler', 'schülerin', 'schülerinnen', 'kind', 'kinder', 'meine klasse', 'in meiner klasse', 'im unterricht', 'seine eltern', 'ihre eltern', 'seine mutter', 'ihre mutter', 'sein vater', 'ihr vater', 'elternsprechtag', 'elternabend', 'elterngespräch'],
    fr: ['élève', 'élèves', 'étudiant', 'étudiante', 'étudiants', 'gamin', 'gamine', 'gamins', 'enfant', 'enfants', 'ma classe', 'en classe', 'en cours', 'ses parents', 'sa mère', 'son père', 'réunion parents-profs', 'réunion parents-professeurs', 'rencontre parents-professeurs', 'conseil de classe'],
  },
  protectedClients: {
    en: ['i represent', 'represented', 'my client\'s', 'whistleblower', 'source in', 'my source', 'client', 'clients', 'my client', 'our client', 'the client', 'customer', 'customers', 'claimant', 'claimants', 'applicant', 'applicants', 'respondent', 'defendant', 'petitioner', 'case', 'matter', 'file', 'hearing', 'in court', 'at court', 'consultation', 'instructed', 'retainer', 'caller', 'constituent', 'constituents', 'member of the public', 'source', 'my source', 'sources', 'whistleblower', 'informant', 'contact'],
    es: ['cliente', 'clientes', 'mi cliente', 'demandante', 'demandado', 'demandada', 'expediente', 'caso', 'audiencia', 'en el juzgado', 'fuente', 'mi fuente', 'ciudadano', 'ciudadana', 'usuario', 'usuaria'],
    de: ['mandant', 'mandantin', 'mandanten', 'kunde', 'kundin', 'kunden', 'kläger', 'klägerin', 'beklagter', 'beklagte', 'akte', 'verhandlung', 'vor gericht', 'quelle', 'meine quelle', 'bürger', 'bürgerin', 'antragsteller', 'antragstellerin'],
    fr: ['que je défends', 'je défends', 'mon client', 'ma cliente', 'client', 'cliente', 'clients', 'mon client', 'ma cliente', 'demandeur', 'défendeur', 'dossier', 'audience', 'au tribunal', 'source', 'ma source', 'usager', 'usagère', 'administré', 'administrée'],
  },
  /** Words that, followed by a number or letter, point at one bed, room or class. */
  placeIdentifier: {
    en: ['bay', 'bed', 'room', 'ward', 'cubicle', 'side room', 'resus', 'chair', 'pod', 'cell', 'year', 'yr', 'y', 'class', 'set', 'form', 'grade', 'period', 'table', 'seat', 'flat', 'apartment', 'house', 'no', 'number', 'case'],
    es: ['cama', 'habitación', 'box', 'planta', 'boxes', 'clase', 'curso', 'aula', 'grupo', 'mesa', 'piso', 'expediente'],
    de: ['bett', 'zimmer', 'station', 'klasse', 'raum', 'platz', 'wohnung', 'az', 'aktenzeichen'],
    fr: ['lit', 'chambre', 'box', 'service', 'classe', 'salle', 'groupe', 'table', 'appartement', 'dossier'],
  },
  firstPerson: {
    en: ['i', 'i\'m', 'im', 'i\'ve', 'ive', 'i\'d', 'i\'ll', 'me', 'my', 'mine', 'myself', 'we', 'we\'re', 'our', 'us'],
    es: ['vuelvo', 'sigo', 'llevo', 'voy', 'tengo', 'estoy', 'estuve', 'tuve', 'he', 'mí', 'yo', 'me', 'mi', 'mis', 'mío', 'mía', 'estoy', 'tengo', 'he', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos'],
    de: ['hab', 'habe', 'bin', 'war', 'mir', 'mich', 'ich', 'ich', 'mir', 'mich', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'bin', 'habe', 'hab', 'wir', 'unser', 'unsere'],
    fr: ['j\'ai', 'j\'suis', 'je', 'm\'a', 'j\'en', 'j\'y', 'moi', 'je', 'j', 'moi', 'mon', 'ma', 'mes', 'suis', 'ai', 'nous', 'notre', 'nos', 'm\'a', 'me'],
  },
  /** A day or date in the near future: business news with a date is often not public yet. */
  futureTime: {
    en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'next week', 'next month', 'this week', 'end of the month', 'end of the year', 'in january', 'in february', 'in march', 'in april', 'in may', 'in june', 'in july', 'in august', 'in september', 'in october', 'in november', 'in december', 'q1', 'q2', 'q3', 'q4', 'new year', 'soon', 'shortly'],
    es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'mañana', 'la semana que viene', 'la próxima semana', 'el mes que viene', 'en enero', 'en marzo', 'en abril', 'en mayo', 'en junio', 'pronto'],
    de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'morgen', 'nächste woche', 'nächsten monat', 'im januar', 'im märz', 'im april', 'im mai', 'im juni', 'bald'],
    fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'demain', 'la semaine prochaine', 'le mois prochain', 'en janvier', 'en mars', 'en avril', 'en mai', 'en juin', 'bientôt'],
  },
  /** Disguise-free mild swearing the obscenity dataset leaves out, and swearing in Spanish, German and French. */
  profanity: {
    en: ['wtaf', 'tf', 'sh1t', 'fml', 'fuck', 'fucks', 'fucking', 'fucked', 'fucker', 'motherfucker', 'shit', 'shitty', 'shite', 'shitshow', 'bullshit', 'cunt', 'dick', 'dickhead', 'cock', 'prick', 'piss', 'slut', 'whore', 'asshole', 'damn', 'dammit', 'damnit', 'goddamn', 'goddam', 'crap', 'crappy', 'bloody', 'bloody hell', 'pissed', 'pissed off', 'piss off', 'sucks', 'freaking', 'frickin', 'effing', 'bugger', 'sod', 'sod off', 'bollocks', 'arse', 'arsehole', 'git', 'tosser', 'wanker', 'bastard', 'bitch', 'wtf', 'ffs', 'stfu', 'omfg', 'af', 'what the hell', 'hell of a', 'jfc', 'fml', 'pos', 'bs',
      // The vowel dropped, as people type it to slip past filters ("who the fck", "fkn rota").
      'fck', 'fcks', 'fcking', 'fckin', 'fcked', 'fckd', 'fkn', 'fking', 'fkin', 'fcuk', 'frigging', 'friggin',
      'screw this', 'screw that', 'screw you', 'screw it', 'screw them'],
    es: ['joder', 'jodido', 'jodida', 'mierda', 'coño', 'hostia', 'hostias', 'cabrón', 'cabrona', 'gilipollas', 'puta', 'puto', 'putada', 'carajo', 'pendejo', 'pendeja', 'me cago en', 'cagüen', 'cagüendiez', 'cago', 'cagada', 'joer', 'ostias', 'cagarla', 'cojones', 'capullo', 'capulla', 'hijo de puta', 'hdp'],
    de: ['scheiße', 'scheisse', 'scheiß', 'scheiss', 'verdammt', 'verdammte', 'arsch', 'arschloch', 'wichser', 'fick', 'ficken', 'fickt', 'verfickt', 'kacke', 'mistkerl', 'drecks', 'hurensohn', 'fresse', 'halt die fresse', 'verdammte scheiße',
      // Mild, in the phrases that make "Mist" swearing (alone it is manure, and English fog).
      'so ein mist', 'so n mist', 'was für ein mist', 'verdammter mist', 'totaler mist', 'großer mist', 'mist gebaut', 'kackscheiße'],
    fr: ['putain', 'merde', 'merdique', 'connard', 'connasse', 'salope', 'salaud', 'bordel', 'chier', 'fait chier', 'ça me fait chier', 'enculé', 'enfoiré', 'foutre', 'va te faire foutre', 'ta gueule', 'nique', 'niquer', 'fils de pute', 'fdp', 'bordel de merde', 'chiant', 'emmerdant', 'emmerde',
      // Quebec French swearing (sacres).
      'tabarnak', 'tabarnac', 'câlisse', 'calisse', 'crisse', 'osti', 'ostie', 'estie'],
  },
};

/** WordNet roots per category (English). `word#n` is the n-th noun sense (0 = most frequent). */
export interface WordNetRoot {
  word: string;
  sense: number;
  pos?: 'noun' | 'verb' | 'adj';
  /** Follow instance links too (named parties, religions, deities). */
  instances?: boolean;
  /** Keep capitalised lemmas (proper names); otherwise they are dropped ("Victoria" the goddess, saints). */
  names?: boolean;
  /** Subtrees (by word, first sense) left out: the drugs of abuse without alcohol. */
  skip?: readonly string[];
  /** Keep a single-word lemma only if one of its first `firstSenses` senses lies under a root of this category (drops "cold" as a temperature, "pot" as a pan). */
  firstSenses?: number;
}

export const WORDNET_ROOTS: Record<string, readonly WordNetRoot[]> = {
  health: [
    { word: 'illness', sense: 0, firstSenses: 1 },
    { word: 'disease', sense: 0 },
    { word: 'mental disorder', sense: 0 },
    { word: 'symptom', sense: 0 },
    { word: 'injury', sense: 0 },
    { word: 'medical procedure', sense: 0 },
    { word: 'surgery', sense: 3 },
    { word: 'therapy', sense: 0 },
    // Lesions, ulcers, tumours and growths: "any deviation from a healthy or normal condition".
    { word: 'pathology', sense: 1 },
    // Medicines ("back on the sertraline", "a course of antibiotics"): the drug names, not the everyday words for a dose.
    { word: 'medicine', sense: 1, firstSenses: 1 },

  ],
  alcohol: [{ word: 'alcohol', sense: 0, firstSenses: 1 }],
  drugs: [{ word: 'drug of abuse', sense: 0, firstSenses: 1, skip: ['alcohol'] }, { word: 'narcotic', sense: 0, firstSenses: 1 }],
  intoxication: [{ word: 'intoxication', sense: 1 }, { word: 'hangover', sense: 0 }],
  politics: [
    { word: 'politician', sense: 1 },
    { word: 'legislator', sense: 0 },
    { word: 'political party', sense: 0, instances: true, names: true },
    { word: 'political orientation', sense: 0 },
  ],
  religion: [
    { word: 'religion', sense: 0 },
    { word: 'religion', sense: 1, instances: true, names: true },
    { word: 'deity', sense: 0, firstSenses: 1 },
    { word: 'clergyman', sense: 0 },
    { word: 'religious person', sense: 0 },
    { word: 'place of worship', sense: 0 },
    { word: 'sacred text', sense: 0, instances: true, names: true },
  ],
  insultNoun: [
    { word: 'unpleasant person', sense: 0, firstSenses: 1 },
    { word: 'simpleton', sense: 0, firstSenses: 1 },
    { word: 'incompetent', sense: 0, firstSenses: 1 },
    { word: 'liar', sense: 0 },
    { word: 'coward', sense: 0, firstSenses: 1 },
    { word: 'hypocrite', sense: 0 },
    { word: 'buffoon', sense: 0, firstSenses: 1 },
  ],
  insultAdj: [
    { word: 'stupid', sense: 0, pos: 'adj' },
    { word: 'stupid', sense: 2, pos: 'adj' },
    { word: 'incompetent', sense: 1, pos: 'adj' },
    { word: 'incompetent', sense: 2, pos: 'adj' },
    { word: 'useless', sense: 0, pos: 'adj' },
    { word: 'pathetic', sense: 1, pos: 'adj' },
    { word: 'pathetic', sense: 2, pos: 'adj' },
    { word: 'foolish', sense: 0, pos: 'adj' },
    { word: 'foolish', sense: 1, pos: 'adj' },
    { word: 'corrupt', sense: 1, pos: 'adj' },
  ],
  businessEvent: [
    { word: 'merger', sense: 0 },
    { word: 'takeover', sense: 1 },
    { word: 'buyout', sense: 0 },
    { word: 'layoff', sense: 0 },
    { word: 'reorganization', sense: 1 },
    { word: 'downsizing', sense: 0 },
    { word: 'bankruptcy', sense: 1 },
  ],
  partner: [
    { word: 'lover', sense: 2, firstSenses: 1 },
    { word: 'spouse', sense: 0, firstSenses: 1 },
  ],
  family: [{ word: 'relative', sense: 0, firstSenses: 1 }],
  legal: [{ word: 'lawsuit', sense: 0, firstSenses: 1 }, { word: 'legal proceeding', sense: 0, firstSenses: 1 }],
  hardship: [
    { word: 'debt', sense: 0, firstSenses: 1 },
    { word: 'bankruptcy', sense: 0, firstSenses: 1 },
    { word: 'eviction', sense: 0, firstSenses: 1 },
    { word: 'bereavement', sense: 0, firstSenses: 1 },
    { word: 'poverty', sense: 0, firstSenses: 1 },
  ],
  publicRole: [
    { word: 'politician', sense: 1, firstSenses: 1 },
    { word: 'legislator', sense: 0, firstSenses: 1 },
    { word: 'head of state', sense: 0, firstSenses: 1 },
    { word: 'commentator', sense: 1, firstSenses: 1 },
  ],
  workRole: [
    { word: 'boss', sense: 0, firstSenses: 1 },
    { word: 'colleague', sense: 0, firstSenses: 1 },
    { word: 'judge', sense: 0, firstSenses: 1 },
    { word: 'executive', sense: 0, firstSenses: 1 },
  ],
};

/**
 * Words a category must not contain although WordNet or an inflection puts
 * them there: their everyday sense is another ("party", "minister" as a
 * clergyman, "will" as a legal document, "date", "coke"). Checked against
 * common words of compromise's English lexicon; see the vocabulary test.
 */
export const EXCLUDE: Record<string, readonly string[]> = {
  health: [
    'signed off', 'appointment', 'appointments', 'altering', 'bends', 'brown', 'bump', 'burn', 'burning', 'clap', 'clubbing', 'creeps', 'flooding', 'leak', 'mice', 'mouse', 'nebula', 'nebulae',
    'opera', 'rick', 'rust', 'scorch', 'scratch', 'smart', 'spots', 'staggers', 'sting', 'stinging', 'strangles', 'suffering', 'taxes', 'torture',
    'wales', 'wasting', 'stitch', 'harm', 'hurt', 'hurting', 'scar', 'scrape', 'graze', 'bite', 'fit', 'die', 'dies', 'died', 'dying', 'cold', 'admit',
    'admits', 'admitted', 'admitting', 'fell', 'fallen', 'blood', 'rash', 'trauma', 'shock', 'crisis', 'crises', 'attack', 'attacks', 'pain', 'depression',
    'burnout', 'burnouts', 'breakdown', 'breakdowns', 'anxiety', 'fever', 'relapse', 'relapses', 'throw up', 'collapse', 'collapses',
    // Another everyday sense, or another language's word once accents are folded: "founder" founded something, "gout"
    // is French "goût", "mange" and "aura" are French verbs ("il mange", "il aura").
    'founder', 'founders', 'gout', 'mange', 'manges', 'aura', 'auras',
    // Under "pathology" (ulcers, cysts, lesions) with an everyday sense too: "Slough", German "wen", "dysfunction" at work.
    'adhesion', 'adhesions', 'dysfunction', 'dysfunctions', 'disfunction', 'mummification', 'mummifications', 'slough', 'sloughs', 'stasis', 'stases',
    'stricture', 'strictures', 'pathology', 'pathologies', 'wen', 'wens',
    // A rare English sense of another language's everyday word: German "Welt" (world) and "bunt" (colourful), French
    // "singe" (monkey), Spanish and French "taxis".
    'welt', 'bunt', 'singe', 'taxis',
    // Under "medicine": words for a dose or a remedy in general, and everyday senses ("a refill", "acoustic", "a downer").
    'dose', 'doses', 'refill', 'refills', 'acoustic', 'acoustics', 'cure', 'cures', 'curative', 'preventive', 'preventives', 'preventative', 'prophylactic',
    'therapeutic', 'therapeutics', 'restorative', 'astringent', 'physic', 'downer', 'downers', 'depressant', 'depressants', 'chrism', 'chrisom', 'nostrum',
    'antidote', 'antidotes', 'counterpoison', 'salve', 'salves', 'pharmaceutical', 'pharmaceuticals', 'pharmaceutic', 'lenitive', 'catholicon', 'cure-all',
    'stimulant', 'stimulants', 'sulfa', 'sulpha', 'aloes', 'arnica', 'placebo', 'placebos', 'maleate', 'laxative', 'laxatives', 'emetic', 'ointment', 'ointments',
    'cerate', 'liniment', 'embrocation', 'eyewash', 'antiseptic', 'antiseptics',
    // (Review) figures of speech and products under "medicine": "oddly cathartic", "an anodyne statement", "a sedative
    // effect", "no magic bullet", "a booster shot of coffee", "a lethal dose of PowerPoint", a yellow jacket, a face
    // powder, castor oil in a serum, witch hazel toner, "antibacterial hand wash"; Spanish "valía" (worth) folded.
    'cathartic', 'cathartics', 'anodyne', 'anodynes', 'sedative', 'sedatives', 'magic bullet', 'magic bullets', 'booster shot', 'booster shots',
    'lethal dose', 'lethal doses', 'yellow jacket', 'yellow jackets', 'purple heart', 'purple hearts', 'red devil', 'red devils', 'blue devil', 'blue devils',
    'blue angel', 'blue angels', 'face powder', 'baby powder', 'bath powder', 'talcum powder', 'toilet powder', 'dusting powder', 'baby oil', 'castor oil',
    'birch oil', 'lip balm', 'witch hazel', 'calamine lotion', 'zinc ointment', 'dry mustard', 'powdered mustard', 'antibacterial', 'antibacterials',
    'anti-inflammatory', 'anti-inflammatories', 'antiviral', 'antivirals', 'valia', 'valias',
  ],
  religion: [
    'cure', 'cures', 'book', 'calif', 'convert', 'converts', 'converted', 'converting', 'divine', 'john', 'luke', 'mark', 'matthew', 'word', 'words', 'writings', 'novice',
    'novices', 'prior', 'superior', 'shepherd', 'shepherds', 'metropolitan', 'kirk', 'iglesias', 'reza', 'gotten', 'minister', 'ministers', 'hermit',
    'hermits', 'padres', 'faith', 'faiths', 'christen', 'saint', 'saints', 'sister', 'sisters', 'brother', 'brothers', 'father', 'fathers', 'elder',
    'elders', 'mother', 'mothers', 'guru', 'gurus', 'mystic', 'mystics', 'temple', 'temples', 'prophet',
  ],
  // (Tenth round) WordNet's "spoiler" is a candidate who splits the vote; in posts it is "Spoiler: ..." before news.
  politics: ['party', 'parties', 'links', 'gauche', 'hack', 'johnson', 'labor', 'pol', 'pols', 'pp', 'ps', 'rep', 'whip', 'lr', 'rn', 'left', 'right', 'green', 'greens', 'liberal', 'conservative', 'linke', 'rechts', 'grüne', 'renaissance', 'harris', 'spoiler', 'spoilers'],
  alcohol: ['vin', 'vins', 'alt', 'bitter', 'generic', 'lacing', 'marc', 'ron', 'sour', 'spirits', 'stout', 'rickey', 'punch', 'port', 'mixer', 'cup', 'tonic', 'vino', 'session'],
  drugs: ['acid', 'bennie', 'chocolate', 'chocolates', 'coke', 'cokes', 'dope', 'sens', 'shit', 'blunt', 'molly', 'grass', 'pot', 'speed', 'ice', 'joint', 'gras', 'maría', 'hierba', 'coca', 'pills', 'pastillas', 'pillen', 'cachets', 'smack', 'crack', 'snow', 'skunk',
    // (Eighth-round review) Spanish "valía" (worth) folded, "a sedative effect", a yellow jacket, the Red Devils.
    'valia', 'valias', 'sedative', 'sedatives', 'yellow jacket', 'yellow jackets', 'red devil', 'red devils', 'blue devil', 'blue devils', 'blue angel', 'blue angels', 'purple heart', 'purple hearts'],
  insultNoun: ['bore', 'junior', 'nobody', 'nobodies', 'slouch', 'wally', 'puke', 'joke', 'jokes', 'dope', 'fiend', 'fiends', 'chiste', 'blague', 'hack', 'hacks', 'schlep', 'mark', 'sucker'],
  legal: ['fall', 'fallen', 'will', 'wills', 'claim', 'claims', 'charge', 'charged', 'charging', 'settle', 'settled', 'settles', 'settling', 'appeal', 'appeals', 'appealed', 'appealing', 'sentence', 'sentences', 'moot', 'proceeding', 'proceedings', 'dossier', 'dossiers', 'case', 'cases', 'caso', 'casos', 'falle', 'fallen', 'garde', 'maintenance', 'file'],
  family: ['partner', 'partners', 'pop', 'misses', 'relative', 'relatives', 'kin', 'kins'],
  businessEvent: ['cuts', 'fold', 'folds', 'folded', 'folding', 'uniting', 'sale', 'sales', 'union'],
  school: ['copies', 'mock', 'note', 'notes', 'nota', 'notas'],
  behaviour: ['bit', 'crises', 'escape', 'escapes', 'crisis'],
  partner: ['date', 'dates', 'mann', 'manner', 'couple', 'couples', 'misses', 'relation', 'relations', 'relationship', 'freund', 'frau', 'femme', 'mujer', 'couple'],
  publicRole: ['anchor', 'anchors', 'king', 'kings', 'emperor', 'emperors', 'monarch', 'monarches', 'sovereign', 'rep', 'pol', 'pols', 'moderator', 'premier', 'host'],
  // (A mayor and a cabinet minister are public offices, not anyone's colleague: WordNet files them under officials.)
  workRole: ['chef', 'chefs', 'patron', 'patrons', 'principal', 'president', 'presidents', 'lead', 'head', 'partner', 'alcalde', 'cabinet minister'],
  intoxication: ['vin', 'vins', 'drinking', 'high', 'blau'],
  breakup: ['affairs', 'deja', 'dejan', 'dejas', 'ghost', 'ghosts', 'propose', 'proposes', 'proposed', 'proposing', 'separate', 'separates', 'wedding', 'dispute', 'disputes', 'date'],
  complaint: [],
};
