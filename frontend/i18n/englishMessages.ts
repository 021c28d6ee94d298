/**
 * English for the Dutch messages the platform's edges answer with (zod schemas, endpoint
 * refusals, the client-data guard, the training rules). `{0}`, `{1}` stand for the parts a
 * message is built from, in the order of the Dutch; a part that is itself Dutch (a field's
 * label) is looked up in TERMS. tests/i18n/english-messages.test.ts finds every Dutch
 * sentence in those sources and fails when one is missing here.
 */
export const ENGLISH_MESSAGES: Record<string, string> = {
  // Fallbacks of parseInput (src/domain/parseInput.ts) and the client-data guard
  'Dit veld kun je hier niet wijzigen: {0}.': 'You cannot change this field here: {0}.',
  'Stuur de gegevens als een JSON-object.': 'Send the data as a JSON object.',
  '{0} ontbreekt.': '{0} is missing.',
  '{0} moet {1} zijn.': '{0} must be {1}.',
  '{0} is te lang (maximaal {1} tekens).': '{0} is too long (at most {1} characters).',
  '{0} is te groot (maximaal {1}).': '{0} is too large (at most {1}).',
  '{0} is te kort (minstens {1} tekens).': '{0} is too short (at least {1} characters).',
  '{0} is te klein (minstens {1}).': '{0} is too small (at least {1}).',
  '{0} heeft geen geldige waarde.': '{0} has no valid value.',
  '{0} heeft niet de goede vorm.': '{0} is not in the right format.',
  'Onbekend veld in {0}.': 'Unknown field in {0}.',
  '{0} is ongeldig.': '{0} is invalid.',
  'Ongeldige invoer.': 'Invalid input.',
  '{0} moet tekst zijn.': '{0} must be text.',
  '{0} bevat {1}. Hier mag niets staan waarmee een cliënt te herkennen is; haal het weg en beschrijf alleen wat nodig is.':
    '{0} contains {1}. Nothing here may identify a client; remove it and describe only what is needed.',

  // Profile and sign-up
  'Kies je eigen regio.': 'Choose your own region.',
  'Vul een aantal in.': 'Enter a number.',
  'Vul een heel getal in.': 'Enter a whole number.',
  'Capaciteit kan niet negatief zijn.': 'Capacity cannot be negative.',
  'Dat zijn wel erg veel casussen (maximaal 100).': 'That is a lot of cases (at most 100).',
  'Vul een aantal uren in.': 'Enter a number of hours.',
  'Uren kunnen niet negatief zijn.': 'Hours cannot be negative.',
  'Maximaal 60 uur per week.': 'At most 60 hours a week.',
  'Vul een geldige datum in.': 'Enter a valid date.',
  'Kies minstens één taal.': 'Choose at least one language.',
  'Je introductie moet tekst zijn.': 'Your introduction must be text.',
  'Je introductie is te lang (maximaal {0} tekens).': 'Your introduction is too long (at most {0} characters).',
  'Vul je volledige naam in.': 'Enter your full name.',
  'Je naam is te lang (maximaal 120 tekens).': 'Your name is too long (at most 120 characters).',
  'Vul je e-mailadres in.': 'Enter your e-mail address.',
  'Vul een geldig e-mailadres in.': 'Enter a valid e-mail address.',
  'Kies een wachtwoord van minstens 10 tekens.': 'Choose a password of at least 10 characters.',
  'Dat wachtwoord is te lang.': 'That password is too long.',
  'Kies je beroep.': 'Choose your profession.',
  'Kies het register waarin je staat.': 'Choose the register you are listed in.',
  'Een registratienummer bestaat alleen uit cijfers.': 'A registration number consists of digits only.',
  'Je toelichting is te lang (maximaal 2000 tekens).': 'Your note is too long (at most 2,000 characters).',
  'Geef toestemming voor het bewaren van je gegevens om verder te gaan.':
    'Give your consent to storing your details to continue.',
  'Een {0}-nummer heeft {1}.': 'A {0} number has {1}.',

  // Offers, requests and follow-up
  'Kies accepteren, afwijzen of een tegenvoorstel.': 'Choose accept, decline or a counter-proposal.',
  'De toelichting moet tekst zijn.': 'The note must be text.',
  'De reden is te lang (maximaal 1000 tekens).': 'The reason is too long (at most 1,000 characters).',
  'Vul een geldige startdatum in (jjjj-mm-dd).': 'Enter a valid start date (yyyy-mm-dd).',
  'Uren per week kan niet negatief zijn.': 'Hours per week cannot be negative.',
  'Hoogstens 40 uur per week.': 'At most 40 hours a week.',
  'Log in om op een aanbieding te reageren.': 'Log in to answer an offer.',
  'Alleen een behandelaar met een profiel kan op een aanbieding reageren.':
    'Only a therapist with a profile can answer an offer.',
  'Deze aanbieding bestaat niet.': 'This offer does not exist.',
  'Log in om deze aanvraag te bekijken.': 'Log in to view this request.',
  'Deze aanvraag bestaat niet of hoort niet bij jouw organisatie.':
    'This request does not exist or does not belong to your organisation.',
  'Welke aanbieding bevestig je?': 'Which offer are you confirming?',
  'Kies bevestigen of niet bevestigen.': 'Choose confirm or do not confirm.',
  'Alleen de coördinator van de organisatie kan bevestigen.': "Only the organisation's coordinator can confirm.",
  'Alleen de coördinator van de organisatie kan annuleren.': "Only the organisation's coordinator can cancel.",
  'Kies buurregio’s of op afstand.': 'Choose neighbouring regions or remote.',
  'Kies een behandelaar.': 'Choose a therapist.',
  'Geef een reden; de aanvrager krijgt die te lezen.': 'Give a reason; the requester will read it.',
  'Kies verbreden, toewijzen of sluiten.': 'Choose widen, assign or close.',
  'Alleen het platformteam kan dit doen.': 'Only the platform team can do this.',
  'Geef aan of de behandeling is gestart.': 'Say whether the treatment has started.',
  'Beschrijf kort hoe het ging.': 'Describe briefly how it went.',
  'Maximaal 2000 tekens.': 'At most 2,000 characters.',
  'Alleen de coördinator van de organisatie kan de nazorgvraag beantwoorden.':
    "Only the organisation's coordinator can answer the follow-up question.",
  'Geef de aanvraag een korte titel.': 'Give the request a short title.',
  'Geef de aanvraag een korte titel (minstens 3 tekens).': 'Give the request a short title (at least 3 characters).',
  'De titel is te lang (maximaal 120 tekens).': 'The title is too long (at most 120 characters).',
  'Kies een casus of een structurele samenwerking.': 'Choose a case or a structural collaboration.',
  'Kies een regio uit de lijst.': 'Choose a region from the list.',
  'Kies expertise uit de lijst.': 'Choose expertise from the list.',
  'Kies minstens één expertise of methode.': 'Choose at least one expertise or method.',
  'Kies hoogstens 10 expertises.': 'Choose at most 10 kinds of expertise.',
  'Kies een doelgroep uit de lijst.': 'Choose a target group from the list.',
  'Kies een urgentie.': 'Choose an urgency.',
  'De toelichting is te lang (maximaal 3000 tekens).': 'The note is too long (at most 3,000 characters).',
  'Kies een bestaande organisatie.': 'Choose an existing organisation.',
  'Alleen coördinatoren van een organisatie kunnen een aanvraag doen.':
    "Only an organisation's coordinators can file a request.",
  'Je account is nog niet aan een organisatie gekoppeld; neem contact op met het platformteam.':
    'Your account is not linked to an organisation yet; contact the platform team.',
  'Je kunt alleen aanvragen doen voor je eigen organisatie.': 'You can only file requests for your own organisation.',
  'Je aanvraag is opgeslagen als concept, maar het matchen kon nog niet starten. Probeer het over een paar minuten opnieuw vanaf de aanvraag.':
    'Your request was saved as a draft, but matching could not start yet. Try again from the request in a few minutes.',

  // Training
  'Kies een opleiding.': 'Choose a training.',
  'Log in om je in te schrijven.': 'Log in to enrol.',
  'Alleen behandelaars met een profiel kunnen zich inschrijven.': 'Only therapists with a profile can enrol.',
  'Je kunt je inschrijven zodra je aanmelding is goedgekeurd.': 'You can enrol once your sign-up has been approved.',
  'Deze opleiding bestaat niet (meer).': 'This training does not exist (any more).',
  'Voor deze opleiding is het programma nog niet klaar; inschrijven kan binnenkort.':
    'The programme of this training is not ready yet; enrolment opens soon.',
  'Je bent al ingeschreven voor deze opleiding. Je vindt haar bij "Mijn opleidingen".':
    'You are already enrolled in this training. You will find it under "My trainings".',
  'Inschrijven lukt nu even niet. Probeer het over een paar minuten opnieuw.':
    'Enrolment is not possible right now. Try again in a few minutes.',
  'Kies een stap.': 'Choose a step.',
  'Kies een geldige datum.': 'Choose a valid date.',
  'Schrijf minstens 20 tekens bij je opdracht.': 'Write at least 20 characters for your assignment.',
  'Geef een geldige link naar je bestand.': 'Give a valid link to your file.',
  'Geef een aantal.': 'Give a number.',
  'Geef een aantal groter dan 0.': 'Give a number greater than 0.',
  'Geef maximaal 100 tegelijk op.': 'Report at most 100 at a time.',
  'Geef een sleutel mee.': 'Send a key.',
  'Geef een sleutel van minstens 8 tekens mee.': 'Send a key of at least 8 characters.',
  'De sleutel is te lang.': 'The key is too long.',
  'Geef het aantal punten.': 'Give the number of credits.',
  'Geef hele punten.': 'Give whole credits.',
  'Geef aan of de deelnemer aanwezig was.': 'Say whether the trainee was present.',
  'Kies goedkeuren of teruggeven.': 'Choose approve or return.',
  'Geef aan of de beoordeling is gehaald.': 'Say whether the assessment was passed.',
  'Geef een korte reden voor het uitstel.': 'Give a short reason for the extension.',
  'Kies een melding.': 'Choose a report.',
  'Kies bevestigen of afwijzen.': 'Choose confirm or reject.',
  'Geef een reden voor het beëindigen.': 'Give a reason for ending the enrolment.',
  'Kies een geldige actie.': 'Choose a valid action.',
  'Deze stap hoort bij de opleiding van een andere behandelaar.': "This step belongs to another therapist's training.",
  'Je staat nog op de wachtlijst; stappen tellen pas zodra je een plaats hebt.':
    'You are still on the waiting list; steps count once you have a place.',
  'Deze inschrijving is beëindigd.': 'This enrolment has ended.',
  'Deze opleiding is al afgerond.': 'This training has been completed already.',
  'Deze stap bestaat niet in deze opleiding.': 'This step does not exist in this training.',
  '"{0}" is een stap van het soort {1}; die kun je zo niet afronden.':
    '"{0}" is a step of the kind {1}; it cannot be completed this way.',
  '"{0}" is al afgerond.': '"{0}" has been completed already.',
  'Alleen een trainer van deze opleiding kan dit doen.': 'Only a trainer of this training can do this.',
  'Alleen de behandelaar zelf kan dit doen.': 'Only the therapist themselves can do this.',
  'Geef feedback (minstens 10 tekens) als je de opdracht teruggeeft.':
    'Give feedback (at least 10 characters) when you return the assignment.',
  'Geef feedback (minstens 10 tekens) als de toetsing niet is gehaald: wat moet er nog beter?':
    'Give feedback (at least 10 characters) when the assessment was not passed: what needs to improve?',
  'Deze melding bestaat niet (meer) bij deze stap.': 'This report does not exist (any more) for this step.',
  'Deze melding is al bevestigd.': 'This report has been confirmed already.',
  'Deze melding is al afgewezen.': 'This report has been rejected already.',
  'Geef een toelichting (minstens 10 tekens) als je een melding afwijst.':
    'Give a note (at least 10 characters) when you reject a report.',
  'Kies een geldige nieuwe deadline.': 'Choose a valid new deadline.',
  'De nieuwe deadline moet in de toekomst liggen.': 'The new deadline must be in the future.',
  'De nieuwe deadline moet later zijn dan de huidige.': 'The new deadline must be later than the current one.',
  'Alle stappen zijn afgerond en het certificaat wordt uitgegeven; de aanwezigheid bij "{0}" kan niet meer worden teruggedraaid.':
    'All steps are complete and the certificate is being issued; the attendance at "{0}" can no longer be withdrawn.',
  'Deze opleiding is afgelopen; inschrijven kan niet meer. Kijk bij de andere opleidingen.':
    'This training is over; enrolment is closed. Have a look at the other trainings.',
  'De opleiding is afgelopen zonder dat er een plaats vrijkwam.': 'The training ended without a place becoming free.',
  'Deze datum is geen bijeenkomst van deze opleiding.': 'This date is not a session of this training.',
  'Deze bijeenkomst was vóór de inschrijving van deze behandelaar; aanwezigheid kan daar niet worden vastgelegd.':
    "This session was before this therapist's enrolment; attendance cannot be recorded there.",

  // Sign-up decisions
  'Kies goedkeuren of afwijzen.': 'Choose approve or reject.',
  'De reden moet tekst zijn.': 'The reason must be text.',
  'De reden is te lang (maximaal 2000 tekens).': 'The reason is too long (at most 2,000 characters).',
  'Alleen het platformteam kan aanmeldingen beoordelen.': 'Only the platform team can review sign-ups.',
  'Het besluit kon nu niet worden verwerkt. Probeer het over een paar minuten opnieuw.':
    'The decision could not be processed now. Try again in a few minutes.',

  // Groups
  'Kies bevestigen of afzeggen.': 'Choose confirm or cancel.',
  'Kies een supervisor.': 'Choose a supervisor.',
  'Kies een bijeenkomst.': 'Choose a session.',
  'Kies deelnemers uit de groep.': 'Choose participants from the group.',
  'Geef de aanwezigen als lijst.': 'Give those present as a list.',
  'Te veel deelnemers.': 'Too many participants.',
  'Deze groep bestaat niet, of je hoort er niet bij.': 'This group does not exist, or you are not part of it.',
  'Alleen behandelaars kunnen een plek bevestigen.': 'Only therapists can confirm a place.',
  'Alleen supervisors kunnen een groep aannemen.': 'Only supervisors can take on a group.',
  'Alleen het platformteam kan een supervisor toewijzen.': 'Only the platform team can assign a supervisor.',
  'Deze gebruiker is geen supervisor.': 'This user is not a supervisor.',
  'Log eerst in.': 'Log in first.',
  'Deze groep bestaat niet.': 'This group does not exist.',
  'Alleen de supervisor van de groep legt de aanwezigheid vast.': "Only the group's supervisor records attendance.",
  'Alleen deelnemers kunnen zich afmelden.': 'Only participants can withdraw.',
  'Kies supervisie of intervisie.': 'Choose supervision or intervision.',
  'Kies een regio.': 'Choose a region.',
  'Kies een thema.': 'Choose a theme.',
  'Onbekend dagdeel.': 'Unknown part of the day.',
  'Kies minstens één dagdeel.': 'Choose at least one part of the day.',
  'Kies minstens één dagdeel waarop je kunt.': 'Choose at least one part of the day when you are available.',
  'Geef aan of online ook mag (true of false).': 'Say whether online is fine too (true or false).',
  'Je behandelaarsprofiel is niet gevonden.': 'Your therapist profile was not found.',
  'Je kunt je aanmelden voor een groep zodra je aanmelding als behandelaar is goedgekeurd.':
    'You can sign up for a group once your sign-up as a therapist has been approved.',
  'Deze regio bestaat niet.': 'This region does not exist.',
  'Je staat al op de wachtlijst voor deze groep.': 'You are already on the waiting list for this group.',

  // Availability confirmation
  'De link is onvolledig.': 'The link is incomplete.',
  'Deze link is ongeldig of verlopen. Pas je beschikbaarheid aan op je profielpagina.':
    'This link is invalid or has expired. Update your availability on your profile page.',
  'Dit profiel is niet (meer) actief.': 'This profile is not active (any more).',
  'Deze link is al gebruikt. Je beschikbaarheid staat bevestigd.':
    'This link has been used already. Your availability is confirmed.',
}

/** Dutch parts that messages are built from: field labels, kinds, types, what the guard found. */
export const TERMS: Record<string, string> = {
  'De korte titel': 'The short title',
  'De reden van annuleren': 'The reason for cancelling',
  'De reden van beëindigen': 'The reason for ending',
  'De reden van sluiten': 'The reason for closing',
  'De reden voor het uitstel': 'The reason for the extension',
  'De reden': 'The reason',
  'De tekst van je opdracht': 'The text of your assignment',
  'De toelichting': 'The note',
  'Je antwoord op de nazorgvraag': 'Your answer to the follow-up question',
  'Je feedback': 'Your feedback',
  'Je introductie': 'Your introduction',
  'Je toelichting': 'Your note',
  'een burgerservicenummer (BSN)': 'a citizen service number (BSN)',
  'een telefoonnummer': 'a phone number',
  'een e-mailadres': 'an e-mail address',
  'een geboortedatum': 'a date of birth',
  'een adres of postcode': 'an address or postcode',
  tekst: 'text',
  'een getal': 'a number',
  'een heel getal': 'a whole number',
  'true of false': 'true or false',
  'een lijst': 'a list',
  'een object': 'an object',
  'een datum': 'a date',
  bijeenkomsten: 'sessions',
  'e-learning': 'e-learning',
  opdracht: 'assignment',
  'casussen onder supervisie': 'cases under supervision',
  'supervisie-uren': 'supervision hours',
  toetsing: 'assessment',
  '11 cijfers': '11 digits',
  '6 tot 9 cijfers': '6 to 9 digits',
}
