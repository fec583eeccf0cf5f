{{%AUTOESCAPE context="HTML"}}
<h1>{{privacy_title}}</h1>
<p class="lead">Her forklarer vi hvilke opplysninger om deg vi bruker når du bruker Min side, hvorfor vi gjør det, og hvilke rettigheter du har.</p>
<p class="pilot">Min side er fortsatt under utprøving. Foreløpig kan bare pilotbrukere logge inn. Det er personer som har klaget på et vedtak fra Norsk pasientskadeerstatning.</p>
<p>Denne erklæringen gjelder bare Min side. Hvordan vi behandler personopplysninger når vi behandler klagen din, står i den generelle personvernerklæringen vår på <a href="https://www.helseklage.no/">helseklage.no</a>.</p>

<nav class="toc" aria-label="Innhold på denne siden">
  <h2 id="innhold">Innhold</h2>
  <ul>
    <li><a href="#hva-er-min-side">Hva er Min side?</a></li>
    <li><a href="#grunnlag">Hvorfor vi har lov til å bruke opplysningene</a></li>
    <li><a href="#samtykke">Samtykke</a></li>
    <li><a href="#sikkerhet">Informasjonssikkerhet</a></li>
    <li><a href="#id-porten">Innlogging med ID-porten</a></li>
    <li><a href="#lagring">Hva vi lagrer</a></li>
    <li><a href="#innsyn">Innsyn</a></li>
    <li><a href="#retting-og-sletting">Retting og sletting</a></li>
    <li><a href="#ditt-ansvar">Ditt ansvar</a></li>
    <li><a href="#sperring">Når vi kan stenge tilgangen</a></li>
    <li><a href="#databehandlere">Databehandlere</a></li>
    <li><a href="#informasjonskapsler">Informasjonskapsler</a></li>
    <li><a href="#statistikk">Statistikk</a></li>
    <li><a href="#kontakt">Ansvarlig og personvernombud</a></li>
  </ul>
</nav>

<h2 id="hva-er-min-side">Hva er Min side?</h2>
<p>Min side er en nettside der du kan følge klagesaken din hos oss. Der kan du</p>
<ul>
  <li>se hvor langt saken har kommet</li>
  <li>lese brev og dokumenter vi har sendt deg</li>
  <li>sende oss dokumenter</li>
  <li>skrive kommentarer til en sakkyndigerklæring</li>
</ul>
<p>Det har ingen betydning for behandlingen av saken din om du bruker Min side eller ikke.</p>

<h2 id="grunnlag">Hvorfor vi har lov til å bruke opplysningene</h2>
<p>Vi vil gjerne kommunisere digitalt med deg. Lovene gir oss adgang til å sende og ta imot post elektronisk.</p>
<p>Min side bygger på</p>
<ul>
  <li>forvaltningsloven § 15 a</li>
  <li>e-forvaltningsforskriften</li>
  <li>personvernforordningen (GDPR) artikkel 6 nr. 1 bokstav e: behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse eller for å utøve offentlig myndighet</li>
  <li>personvernforordningen artikkel 9 nr. 2 bokstav g: behandlingen av helseopplysninger er nødvendig av hensyn til viktige allmenne interesser</li>
</ul>
<p>Vi samler inn og bruker bare de personopplysningene vi trenger for å gjøre de oppgavene loven pålegger oss.</p>

<h2 id="samtykke">Samtykke</h2>
<p>Før du tar i bruk Min side, ber vi om samtykket ditt. Når du sier ja, betyr det at</p>
<ul>
  <li>du får dokumenter og informasjon fra oss på Min side. Vedtak sender vi likevel også i posten eller til den digitale postkassen din.</li>
  <li>du får et varsel når det er kommet noe nytt. Privatpersoner får varsel på SMS. Advokater får varsel på e-post. Varselet forteller bare at det er noe nytt på Min side, ikke hva saken gjelder.</li>
</ul>
<p>Du kan trekke tilbake samtykket når du vil. Det gjør du på profilsiden din på Min side.</p>

<h2 id="sikkerhet">Informasjonssikkerhet</h2>
<p>Alt du sender og mottar på Min side, går over en sikker, kryptert forbindelse.</p>
<p>For at du skal kunne se saken din, henter Min side opplysninger om deg fra saksbehandlingssystemet vårt.</p>
<p>Vi har taushetsplikt etter loven. Vi gir ikke opplysningene dine til andre, med mindre en lov gir oss rett eller plikt til det, eller du selv samtykker.</p>

<h2 id="id-porten">Innlogging med ID-porten</h2>
<p>Du logger inn på Min side gjennom ID-porten. ID-porten er den felles innloggingen til offentlige tjenester. Den drives av Digitaliseringsdirektoratet (Digdir), som tidligere het Difi.</p>
<p>Du kan logge inn med MinID, BankID, Buypass ID eller Commfides.</p>
<p>Du kan lese mer om sikkerhet og personvern i ID-porten på <a href="https://www.digdir.no/">digdir.no</a>.</p>

<h2 id="lagring">Hva vi lagrer</h2>
<p>Alt du ser på Min side, og alt du sender oss der, lagres i saksbehandlingssystemet vårt.</p>
<p>Det du gjør på Min side, for eksempel når du laster opp et dokument, skrives i en egen logg. Den kalles en auditlogg. Bare personer med særskilt tillatelse kan lese den. Vi bruker loggen til å finne feil og misbruk.</p>
<p>Loggen viser også at vi har lagt ut informasjon om saken din på Min side, og når vi gjorde det. Da kan vi se om du har logget inn etterpå og åpnet siden der informasjonen ligger. Slik kan verken du eller vi senere bestride at dette skjedde. Dette kalles ikke-fornekting.</p>
<p>Når et dokument ble gjort tilgjengelig for deg, og når du åpnet det første gang, lagres også sammen med dokumentet i saken din. Det kan ha betydning for frister.</p>

<h2 id="innsyn">Innsyn</h2>
<p>Du har rett til å få vite hvilke opplysninger vi har lagret om hvordan du har brukt Min side.</p>
<p>Du finner dem på Min side under profilen din. Du kan også be oss om innsyn. Se kontaktinformasjonen lenger ned.</p>

<h2 id="retting-og-sletting">Retting og sletting</h2>
<ul>
  <li>Auditloggen slettes etter ett år.</li>
  <li>Dokumenter og kommentarer du sender oss, blir arkivert i 25–30 år. Deretter overføres de til Arkivverket (Riksarkivet).</li>
</ul>
<p>Opplysninger vi har fått fra andre, kan vi ikke rette eller slette.</p>

<h2 id="ditt-ansvar">Ditt ansvar</h2>
<p>Du har selv ansvaret for det du sender oss på Min side.</p>
<p>Alt du sender blir arkivert og følger reglene i arkivlova. Tenk derfor gjennom hva du sender.</p>
<p>Du trenger bare å sende noe én gang. Du får en kvittering når vi har tatt imot det.</p>

<h2 id="sperring">Når vi kan stenge tilgangen</h2>
<p>I spesielle tilfeller kan vi stenge tilgangen din til Min side. Det kan for eksempel skje hvis noen</p>
<ul>
  <li>sender store mengder informasjon som ikke har betydning for saken</li>
  <li>sender personopplysninger om andre</li>
  <li>sender trusler</li>
  <li>bruker Min side på en måte som Nasjonalt klageorgan for helsetjenesten mener ikke er forsvarlig</li>
</ul>

<h2 id="databehandlere">Databehandlere</h2>
<p>Norsk helsenett (NHN) drifter Min side for oss. Ciber Experis Norge har ansvaret for forvaltning og vedlikehold.</p>
<p>Opplysninger som oppstår under driften, lagres på NHNs egne servere. Det kan for eksempel være</p>
<ul>
  <li>når en IP-adresse logget inn og ut</li>
  <li>om noen lastet opp eller ned dokumenter fra en IP-adresse</li>
</ul>
<p>Hvilken IP-adresse som hører til hvilken innlogging i ID-porten, og dermed til hvem du er, går bare fram av våre egne logger.</p>

<h2 id="informasjonskapsler">Informasjonskapsler</h2>
<p>Informasjonskapsler (cookies) er små tekstfiler som nettleseren din lagrer når du besøker en nettside. Min side bruker bare disse:</p>
<ul>
  <li><strong>__Host-session</strong> holder deg innlogget. Den blir laget først når du har logget inn, og slettes når du lukker nettleseren.</li>
  <li><strong>__Host-login</strong> brukes bare mens du logger inn med ID-porten, og varer kort. Den beskytter innloggingen mot forfalskning.</li>
  <li><strong>Language</strong> husker hvilket språk du har valgt. Den lagres i ett år, eller til du velger et annet språk.</li>
</ul>
<p>Skjemaene på Min side er beskyttet mot forfalskning med en kode som er knyttet til innloggingen din. Til det trengs ingen egen informasjonskapsel.</p>

<h2 id="statistikk">Statistikk</h2>
<p>Min side bruker ingen analyseverktøy eller sporingstjenester fra andre, og ingen informasjonskapsler til statistikk.</p>
<p>Vi teller bare hvor mange ganger hver side blir vist per dag. Tellingen inneholder ingen personopplysninger og ingen IP-adresser. Vi bruker den til å gjøre tjenesten bedre.</p>

<h2 id="kontakt">Ansvarlig og personvernombud</h2>
<p>Direktøren i Nasjonalt klageorgan for helsetjenesten har ansvaret for hvordan vi behandler personopplysninger.</p>
<address>
Nasjonalt klageorgan for helsetjenesten<br>
Postboks 230 Skøyen<br>
0213 Oslo<br>
E-post: <a href="mailto:post@helseklage.no">post@helseklage.no</a><br>
Telefon: <a href="tel:+4722993630">22 99 36 30</a>
</address>
<p>Personvernombudet vårt kan gi deg generelle råd og veiledning om personvern.</p>
<address>
Nasjonalt klageorgan for helsetjenesten<br>
Personvernombudet<br>
Postboks 230 Skøyen<br>
0213 Oslo<br>
E-post: <a href="mailto:personvernombudet@helseklage.no">personvernombudet@helseklage.no</a><br>
Telefon: <a href="tel:+4722993630">22 99 36 30</a>
</address>
<p>Ikke send sensitive personopplysninger, som helseopplysninger, på e-post. E-post er ikke sikker nok. Bruk heller Min side eller vanlig post.</p>
