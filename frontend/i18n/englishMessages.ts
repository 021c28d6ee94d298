/**
 * English for the Dutch messages the platform answers with: zod schemas, endpoint refusals, the
 * client-data guard, the workflows' refusals, the request timeline and a training's next steps. `{0}`, `{1}` stand for the parts a
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

  // Research figures
  'Kies CSV of JSON.': 'Choose CSV or JSON.',
  'Kies een kwartaal als 2026-K1.': 'Choose a quarter such as 2026-K1 (K is the quarter).',
  'Kies een kwartaal als 2026-K4.': 'Choose a quarter such as 2026-K4 (K is the quarter).',
  'Het eerste kwartaal ligt na het laatste.': 'The first quarter is after the last.',
  'Kies hoogstens {0} kwartalen.': 'Choose at most {0} quarters.',
  'Log in om onderzoekscijfers te downloaden.': 'Log in to download research figures.',
  'Alleen onderzoekers en het platformteam downloaden onderzoekscijfers.':
    'Only researchers and the platform team download research figures.',

  // Endpoints: who may, what exists, the request body
  'Alleen het platformteam ziet de bevestigde beschikbaarheid.': 'Only the platform team sees confirmed availability.',
  'Log in om dit te doen.': 'Log in to do this.',
  'Deze inschrijving bestaat niet.': 'This enrolment does not exist.',
  'Je hebt (nog) geen behandelaarsprofiel.': 'You do not have a therapist profile (yet).',
  'Log in om je credential te downloaden.': 'Log in to download your credential.',
  'Log in om je gegevens te downloaden.': 'Log in to download your data.',
  'Eerst afronden of beëindigen: {0}. Daarna kan de verwijdering worden uitgevoerd.':
    'First finish or end: {0}. Then the removal can be carried out.',
  'Geef bij een afwijzing een reden van minstens {0} tekens; de behandelaar krijgt die te zien.':
    'Give a reason of at least {0} characters with a refusal; the therapist will see it.',
  'Log in om verwijdering van je gegevens aan te vragen.': 'Log in to ask for your data to be removed.',
  'Je verzoek om verwijdering ligt al bij het platformteam.':
    'Your request for removal is already with the platform team.',
  'Dit verwijderverzoek bestaat niet.': 'This deletion request does not exist.',
  'Over dit verzoek is al beslist.': 'This request has already been decided.',
  'De toelichting is te lang (maximaal 1000 tekens).': 'The note is too long (at most 1000 characters).',
  'Kies uitvoeren of afwijzen.': 'Choose carry out or refuse.',
  'Alleen het platformteam beslist over verwijderverzoeken.': 'Only the platform team decides on deletion requests.',
  'Er is geen behandelaarsprofiel bij dit account.': 'There is no therapist profile with this account.',
  'Dit certificaat bestaat niet.': 'This certificate does not exist.',
  'Alleen de houder van dit certificaat kan het credential downloaden.':
    'Only the holder of this certificate can download its credential.',
  'Log in om dit te bekijken.': 'Log in to view this.',
  'Deze inschrijving bestaat niet, of je mag haar niet zien.': 'This enrolment does not exist, or you may not see it.',
  'Alleen behandelaars kunnen zich aanmelden voor een groep.': 'Only therapists can sign up for a group.',
  'Deze aanmelding is niet gevonden.': 'This sign-up was not found.',
  'Deze aanmelding is al afgesloten.': 'This sign-up has been closed already.',
  'Niet alle gegevens zijn goed ingevuld.': 'Not all details are filled in correctly.',
  'Er is al een account met dit e-mailadres. Log in, of vraag een nieuw wachtwoord aan.':
    'There is already an account with this e-mail address. Log in, or ask for a new password.',
  'Dit e-mailadres is al in gebruik.': 'This e-mail address is already in use.',
  'Aanmelden lukt op dit moment niet. Probeer het over een paar minuten opnieuw.':
    'Signing up is not possible right now. Try again in a few minutes.',
  'Bedankt voor je aanmelding! Het platformteam bekijkt hem en je krijgt bericht per mail.':
    'Thank you for signing up! The platform team will review it and let you know by e-mail.',
  'Kies een bestaande regio.': 'Choose an existing region.',
  'Dit profiel bestaat niet (meer).': 'This profile does not exist (any more).',
  'Log in om je profiel te bewerken.': 'Log in to edit your profile.',
  'Je kunt alleen je eigen profiel aanpassen. Het platformteam past andere profielen aan.':
    'You can only change your own profile. The platform team changes other profiles.',
  'Het verzoek is te groot.': 'The request is too large.',
  'Stuur de gegevens als JSON (Content-Type: application/json).':
    'Send the data as JSON (Content-Type: application/json).',
  'De gegevens zijn geen geldige JSON.': 'The data is not valid JSON.',

  // Certificates
  'Een ingetrokken certificaat blijft ingetrokken; geef zo nodig een nieuw certificaat uit.':
    'A revoked certificate stays revoked; issue a new certificate if needed.',
  'Geef een reden voor het intrekken (minstens {0} tekens); de houder en het auditlog krijgen die te zien.':
    'Give a reason for revoking (at least {0} characters); the holder and the audit log will see it.',
  'Dit certificaat is ingetrokken; er wordt geen credential meer voor uitgegeven.':
    'This certificate has been revoked; no credential is issued for it any more.',
  'Log in om je certificaat als PDF te downloaden.': 'Log in to download your certificate as a PDF.',
  'Alleen de houder van dit certificaat kan de PDF downloaden.':
    'Only the holder of this certificate can download its PDF.',
  'Dit certificaat is ingetrokken; er wordt geen PDF meer van gemaakt.':
    'This certificate has been revoked; no PDF is made of it any more.',

  // Availability confirmation
  'De link is onvolledig.': 'The link is incomplete.',
  'Deze link is ongeldig of verlopen. Pas je beschikbaarheid aan op je profielpagina.':
    'This link is invalid or has expired. Update your availability on your profile page.',
  'Dit profiel is niet (meer) actief.': 'This profile is not active (any more).',
  'Deze link is al gebruikt. Je beschikbaarheid staat bevestigd.':
    'This link has been used already. Your availability is confirmed.',
  // Processes: what the workflows refuse, and what the request timeline says
  'Een stap lukt nu niet; we proberen het later opnieuw en het platformteam is ingelicht.':
    'A step is failing right now; we will try again later and the platform team has been told.',
  '{0} is niet meer bereikbaar; we gaan verder zonder deze behandelaar.':
    '{0} can no longer be reached; we continue without this therapist.',
  '{0} accepteerde; wacht op jouw bevestiging.': '{0} accepted; waiting for your confirmation.',
  '{0} deed een tegenvoorstel; wacht op jouw bevestiging.':
    '{0} made a counter-proposal; waiting for your confirmation.',
  'Nazorgvraag beantwoord: de behandeling is gestart.': 'Follow-up answered: the treatment has started.',
  'Nazorgvraag beantwoord: de behandeling is niet gestart.': 'Follow-up answered: the treatment has not started.',
  'Geen passende behandelaars meer; het platformteam is ingeschakeld.':
    'No more suitable therapists; the platform team has been called in.',
  'De aanvraag loopt te lang; het platformteam is ingeschakeld.':
    'The request is taking too long; the platform team has been called in.',
  'Er is niet op tijd bevestigd; het platformteam is ingeschakeld.':
    'No confirmation came in time; the platform team has been called in.',
  'Het platformteam heeft een behandelaar toegewezen; de match is vastgelegd.':
    'The platform team assigned a therapist; the match is recorded.',
  'Match bevestigd en vastgelegd; beide partijen hebben een mail gekregen.':
    'Match confirmed and recorded; both parties have received an e-mail.',
  'Je hebt {0} niet bevestigd; we zoeken verder.': 'You did not confirm {0}; we keep looking.',
  'Geen vrije plek meer bij de behandelaar.': 'The therapist has no free place any more.',
  '{0} heeft inmiddels geen vrije plek meer; we zoeken verder.': '{0} no longer has a free place; we keep looking.',
  '{0} heeft inmiddels geen vrije plek meer; we zoeken verder naar een andere behandelaar.':
    '{0} no longer has a free place; we are looking for another therapist.',
  'Het platformteam zoekt nu ook in buurregio’s.': 'The platform team is now also searching neighbouring regions.',
  'Het platformteam zoekt nu ook behandelaars die op afstand werken.':
    'The platform team is now also searching for therapists who work remotely.',
  'Deze behandelaar heeft geen vrije plek of is niet actief.': 'This therapist has no free place or is not active.',
  'Deze behandelaar bestaat niet.': 'This therapist does not exist.',
  'De aanvraag is geannuleerd; open aanbiedingen zijn ingetrokken.':
    'The request was cancelled; open offers have been withdrawn.',
  '{0} reageerde niet op tijd; de aanbieding is verlopen.': '{0} did not answer in time; the offer has expired.',
  'Aanbieding verstuurd aan {0} ({1}).': 'Offer sent to {0} ({1}).',
  'Aanvraag ingediend; we zoeken passende behandelaars.': 'Request submitted; we are looking for suitable therapists.',
  'Nazorgvraag gestuurd: hoe is de behandeling gestart?': 'Follow-up sent: how did the treatment start?',
  'Geef een korte reden waarom je deze aanvraag afwijst.': 'Give a short reason why you decline this request.',
  'Stel een andere startdatum of een ander aantal uren per week voor.':
    'Propose another start date or another number of hours a week.',
  'De voorgestelde startdatum is geen geldige datum.': 'The proposed start date is not a valid date.',
  'Het voorgestelde aantal uren per week moet tussen 0 en 40 liggen.':
    'The proposed number of hours a week must be between 0 and 40.',
  'Deze aanbieding is niet aan jou gedaan; je kunt er niet op reageren.':
    'This offer was not made to you; you cannot answer it.',
  'Deze aanbieding bestaat niet (meer) bij deze aanvraag.': 'This offer does not exist (any more) for this request.',
  'Deze aanbieding is {0}; je antwoord is niet verwerkt.': 'This offer is {0}; your answer was not processed.',
  'Deze aanvraag is afgerond; je antwoord is niet verwerkt.': 'This request is closed; your answer was not processed.',
  'Onbekend wie bevestigt.': 'Unknown who is confirming.',
  'Deze aanvraag is al afgerond; er valt niets meer te bevestigen.':
    'This request is closed already; there is nothing left to confirm.',
  'Er wordt al een keuze verwerkt; vernieuw de pagina.': 'A choice is already being processed; refresh the page.',
  'Deze aanbieding hoort niet bij deze aanvraag.': 'This offer does not belong to this request.',
  'Deze aanbieding wacht niet op bevestiging (ze is {0}).': 'This offer is not waiting for confirmation (it is {0}).',
  'Geef een korte reden; de behandelaar krijgt die te lezen.': 'Give a short reason; the therapist will read it.',
  'Onbekend wie deze actie uitvoert.': 'Unknown who is taking this action.',
  'Deze aanvraag is al afgerond.': 'This request is closed already.',
  'Er wordt al een actie verwerkt; vernieuw de pagina.': 'An action is already being processed; refresh the page.',
  'Er wordt al zo breed gezocht; kies een bredere zoekkring.':
    'The search is already this wide; choose a wider search area.',
  'Onbekende actie.': 'Unknown action.',
  'Onbekend wie annuleert.': 'Unknown who is cancelling.',
  'Deze aanvraag is al gematcht en kan niet meer worden geannuleerd.':
    'This request has been matched already and can no longer be cancelled.',
  'Er is nog geen match om op terug te kijken.': 'There is no match yet to look back on.',
  'De nazorgvraag is al beantwoord.': 'The follow-up question has been answered already.',
  'Er loopt geen matching (meer) voor deze aanvraag.': 'No matching is running (any more) for this request.',
  'er zijn geen passende behandelaars meer in de zoekkring.':
    'there are no more suitable therapists in the search area.',
  'de aanvraag loopt langer dan de afgesproken termijn.': 'the request is taking longer than the agreed term.',
  'de coördinator heeft een aanbod niet op tijd bevestigd.': 'the coordinator did not confirm an offer in time.',
  'Je opdracht ligt al bij de trainer ter beoordeling.': 'Your assignment is already with the trainer for review.',
  'Geef een aantal tussen 0 en 100.': 'Give a number between 0 and 100.',
  'Dit certificaat hoort bij een andere behandelaar.': 'This certificate belongs to another therapist.',
  'Herregistratie kan vanaf {0}.': 'Renewal is possible from {0}.',
  'Er is nu geen herregistratie open voor dit certificaat.': 'There is no renewal open for this certificate now.',
  'Je herregistratie is al ontvangen.': 'Your renewal has been received already.',
  'Voor herregistratie zijn {0} punten nodig; er zijn er nu {1} goedgekeurd.':
    'Renewal needs {0} credits; {1} have been approved so far.',
  // Renewal credits ledger (src/domain/renewalCredits.ts, cms/endpoints/credits, cms/hooks/creditActivityOwner.ts)
  'Je hebt {0} van {1} punten.': 'You have {0} of {1} credits.',
  'Geef bij afwijzen een reden van minstens {0} tekens; de behandelaar krijgt die te zien.':
    'Give a reason of at least {0} characters when rejecting; the therapist will see it.',
  'Geef de reden als tekst.': 'Give the reason as text.',
  'De reden mag hoogstens 1000 tekens zijn.': 'The reason may be at most 1000 characters.',
  'Deze activiteit bestaat niet, of je mag haar niet beoordelen.':
    'This activity does not exist, or you may not review it.',
  'Je eigen activiteiten beoordeelt een trainer of het platformteam, niet jij zelf.':
    'Your own activities are reviewed by a trainer or the platform team, not by you.',
  'Over deze activiteit is al beslist.': 'This activity has been decided on already.',
  'De beoordeling kon niet worden opgeslagen.': 'The decision could not be saved.',
  'Dit certificaat is niet van jou; je kunt er geen activiteit bij zetten.':
    'This certificate is not yours; you cannot add an activity to it.',
  'Kies een van je certificaten.': 'Choose one of your certificates.',
  'Kies een datum in deze ronde: van {0} tot en met {1}.':
    'Choose a date in this cycle: from {0} up to and including {1}.',
  'Dit certificaat is ingetrokken; er telt geen nascholing meer voor.':
    'This certificate has been revoked; no further education counts for it.',
  'Geef een link die met https:// begint.': 'Give a link that starts with https://.',
  'Bij deze inschrijving hoort (nog) geen certificaat.': 'This enrolment has no certificate (yet).',
  'Kies een certificaat.': 'Choose a certificate.',
  'Geef de activiteit een titel van minstens 3 tekens.': 'Give the activity a title of at least 3 characters.',
  'Kies de datum van de activiteit.': 'Choose the date of the activity.',
  'De activiteit ligt in de toekomst.': 'The activity lies in the future.',
  'Geef het aantal punten (1 uur = 1 punt).': 'Give the number of credits (1 hour = 1 credit).',
  'Geef minstens een half punt.': 'Give at least half a credit.',
  'Hoogstens 40 punten per activiteit; splits een langere opleiding.':
    'At most 40 credits per activity; split a longer course.',
  'Geef punten in hele of halve punten.': 'Give credits in whole or half credits.',
  'Beschrijf in minstens 10 tekens wat je deed en wat je ervan meenam.':
    'Describe in at least 10 characters what you did and what you took from it.',
  'Geef een link naar het bewijs.': 'Give a link to the proof.',
  'De link is te lang (maximaal 500 tekens).': 'The link is too long (at most 500 characters).',
  'Alleen de houder van een certificaat voegt er activiteiten aan toe.':
    'Only the holder of a certificate adds activities to it.',
  'Er ligt geen ingeleverde opdracht ter beoordeling.': 'There is no submitted assignment to review.',
  'Deze inschrijving loopt niet meer en kan niet worden beëindigd.':
    'This enrolment is no longer running and cannot be ended.',
  'Termijn van "{0}" ruim verstreken zonder uitstel.': 'The deadline of "{0}" passed long ago without an extension.',
  'Deze inschrijving loopt niet (meer).': 'This enrolment is not running (any more).',
  'Je bent niet voor deze groep voorgesteld.': 'You were not proposed for this group.',
  'Je hebt je deelname al bevestigd.': 'You have confirmed your place already.',
  'Dit voorstel is niet meer open.': 'This proposal is no longer open.',
  'Deze groep is op dit moment niet aan jou aangeboden.': 'This group is not offered to you at the moment.',
  'Een intervisiegroep heeft geen supervisor.': 'An intervision group has no supervisor.',
  'Deze groep zoekt geen supervisor (meer).': 'This group is not looking for a supervisor (any more).',
  'Deze groep heeft nog geen rooster.': 'This group has no schedule yet.',
  'Deze bijeenkomst bestaat niet.': 'This session does not exist.',
  'Je kunt aanwezigheid pas vastleggen als de bijeenkomst is begonnen.':
    'You can record attendance only once the session has started.',
  'De aanwezigheid van deze bijeenkomst is al vastgelegd.': 'The attendance of this session has been recorded already.',
  'Alleen deelnemers van de groep kunnen aanwezig zijn.': "Only the group's participants can be present.",
  'Je bent geen deelnemer van deze groep.': 'You are not a participant of this group.',
  'Deze groep is al afgelopen.': 'This group has finished already.',
  'Deze groep is afgesloten of bestaat niet.': 'This group is closed or does not exist.',
  'Onbekend wie dit besluit neemt.': 'Unknown who is taking this decision.',
  'Geef bij afwijzen een reden van minstens 5 tekens; de behandelaar krijgt die te lezen.':
    'When rejecting, give a reason of at least 5 characters; the therapist will read it.',
  'Er loopt geen goedkeuring voor deze behandelaar (meer).': 'No approval is running for this therapist (any more).',
  'Dit besluit kon niet worden verwerkt.': 'This decision could not be processed.',
  'Over deze aanmelding is al besloten.': 'This sign-up has been decided on already.',
  'De aanmelding bestaat niet meer (het profiel is verwijderd).':
    'The sign-up no longer exists (the profile was deleted).',
  'Het artikel bestaat niet meer (verwijderd); de planning is vervallen.':
    'The article no longer exists (deleted); its schedule has lapsed.',
  'Deze aanmelding staat niet (meer) op de wachtlijst.': 'This sign-up is not on the waiting list (any more).',
  'Je kunt alleen je eigen aanmelding intrekken.': 'You can only withdraw your own sign-up.',
  'Deze wachtlijst bestaat niet meer.': 'This waiting list no longer exists.',
  'Je antwoord is ontvangen; het wordt verwerkt.': 'Your answer has been received; it is being processed.',
  'Je antwoord kon nog niet worden bevestigd. Kijk over een paar minuten of het is verwerkt; zo niet, probeer het dan opnieuw.':
    'Your answer could not be confirmed yet. Check in a few minutes whether it was processed; if not, try again.',
  'Dit kon niet worden verwerkt.': 'This could not be processed.',
  'Woon de bijeenkomsten bij ({0} van {1}); de trainer registreert je aanwezigheid.':
    'Attend the sessions ({0} of {1}); the trainer records your attendance.',
  'Maak de e-learning en markeer hem als afgerond.': 'Do the e-learning and mark it as done.',
  'Je opdracht ligt bij de trainer ter beoordeling.': 'Your assignment is with the trainer for review.',
  'Verwerk de feedback van de trainer en lever de opdracht opnieuw in.':
    "Work in the trainer's feedback and submit the assignment again.",
  'Lever de opdracht in.': 'Submit the assignment.',
  'Houd je behandelingen onder supervisie bij ({0} van {1}); je trainer bevestigt wat je opgeeft.':
    'Keep track of your treatments under supervision ({0} of {1}); your trainer confirms what you report.',
  'Volg supervisie ({0} van {1} uur); uren uit je supervisiegroep tellen vanzelf mee, andere uren bevestigt je trainer.':
    'Attend supervision ({0} of {1} hours); hours from your supervision group count automatically, other hours are confirmed by your trainer.',
  'Je toetsing is nog niet gehaald; spreek met de trainer een nieuwe toetsing af.':
    'You have not passed the assessment yet; arrange a new one with the trainer.',
  'Plan je toetsing met de trainer.': 'Plan your assessment with the trainer.',
}

/** Dutch parts that messages are built from: field labels, kinds, types, what the guard found. */
export const TERMS: Record<string, string> = {
  'De titel': 'The title',
  'De omschrijving': 'The description',
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
  // What an offer is now (workflows/matching/messages.ts)
  'al geaccepteerd': 'accepted already',
  'al beantwoord met een tegenvoorstel': 'answered with a counter-proposal already',
  'al afgewezen': 'declined already',
  verlopen: 'expired',
  ingetrokken: 'withdrawn',
  'niet bevestigd door de aanvrager': 'not confirmed by the requester',
  'al bevestigd': 'confirmed already',
}
