{{%AUTOESCAPE context="HTML"}}
<h1>{{privacy_title}}</h1>
<p class="lead">Her forklarer vi kva opplysningar om deg vi bruker når du bruker Min side, kvifor vi gjer det, og kva rettar du har.</p>
<p class="pilot">Min side er framleis under utprøving. Førebels kan berre pilotbrukarar logge inn. Det er personar som har klaga på eit vedtak frå Norsk pasientskadeerstatning.</p>
<p>Denne erklæringa gjeld berre Min side. Korleis vi behandlar personopplysningar når vi behandlar klaga di, står i den generelle personvernerklæringa vår på <a href="https://www.helseklage.no/">helseklage.no</a>.</p>

<nav class="toc" aria-label="Innhald på denne sida">
  <h2 id="innhald">Innhald</h2>
  <ul>
    <li><a href="#kva-er-min-side">Kva er Min side?</a></li>
    <li><a href="#grunnlag">Kvifor vi har lov til å bruke opplysningane</a></li>
    <li><a href="#samtykke">Samtykke</a></li>
    <li><a href="#tryggleik">Informasjonstryggleik</a></li>
    <li><a href="#id-porten">Innlogging med ID-porten</a></li>
    <li><a href="#lagring">Kva vi lagrar</a></li>
    <li><a href="#innsyn">Innsyn</a></li>
    <li><a href="#retting-og-sletting">Retting og sletting</a></li>
    <li><a href="#ditt-ansvar">Ansvaret ditt</a></li>
    <li><a href="#sperring">Når vi kan stengje tilgangen</a></li>
    <li><a href="#databehandlarar">Databehandlarar</a></li>
    <li><a href="#informasjonskapslar">Informasjonskapslar</a></li>
    <li><a href="#statistikk">Statistikk</a></li>
    <li><a href="#kontakt">Ansvarleg og personvernombod</a></li>
  </ul>
</nav>

<h2 id="kva-er-min-side">Kva er Min side?</h2>
<p>Min side er ei nettside der du kan følgje klagesaka di hos oss. Der kan du</p>
<ul>
  <li>sjå kor langt saka har kome</li>
  <li>lese brev og dokument vi har sendt deg</li>
  <li>sende oss dokument</li>
  <li>skrive kommentarar til ei sakkunnigerklæring (sakkyndigerklæring)</li>
</ul>
<p>Det har ingenting å seie for behandlinga av saka di om du bruker Min side eller ikkje.</p>

<h2 id="grunnlag">Kvifor vi har lov til å bruke opplysningane</h2>
<p>Vi vil gjerne kommunisere digitalt med deg. Lovene gir oss høve til å sende og ta imot post elektronisk.</p>
<p>Min side byggjer på</p>
<ul>
  <li>forvaltningslova § 15 a</li>
  <li>e-forvaltningsforskrifta</li>
  <li>personvernforordninga (GDPR) artikkel 6 nr. 1 bokstav e: behandlinga er nødvendig for å utføre ei oppgåve i allmenta si interesse eller for å utøve offentleg styresmakt</li>
  <li>personvernforordninga artikkel 9 nr. 2 bokstav g: behandlinga av helseopplysningar er nødvendig av omsyn til viktige allmenne interesser</li>
</ul>
<p>Vi samlar inn og bruker berre dei personopplysningane vi treng for å gjere dei oppgåvene lova pålegg oss.</p>

<h2 id="samtykke">Samtykke</h2>
<p>Før du tek i bruk Min side, ber vi om samtykket ditt. Når du seier ja, tyder det at</p>
<ul>
  <li>du får dokument og informasjon frå oss på Min side. Vedtak sender vi likevel også i posten eller til den digitale postkassa di.</li>
  <li>du får eit varsel når det har kome noko nytt. Privatpersonar får varsel på SMS. Advokatar får varsel på e-post. Varselet fortel berre at det er noko nytt på Min side, ikkje kva saka gjeld.</li>
</ul>
<p>Du kan trekkje tilbake samtykket når du vil. Det gjer du på profilsida di på Min side.</p>

<h2 id="tryggleik">Informasjonstryggleik</h2>
<p>Alt du sender og får på Min side, går over eit trygt, kryptert samband.</p>
<p>For at du skal kunne sjå saka di, hentar Min side opplysningar om deg frå saksbehandlingssystemet vårt.</p>
<p>Vi har teieplikt etter lova. Vi gir ikkje opplysningane dine til andre, med mindre ei lov gir oss rett eller plikt til det, eller du sjølv samtykkjer.</p>

<h2 id="id-porten">Innlogging med ID-porten</h2>
<p>Du loggar inn på Min side gjennom ID-porten. ID-porten er den felles innlogginga til offentlege tenester. Ho blir driven av Digitaliseringsdirektoratet (Digdir), som tidlegare heitte Difi.</p>
<p>Du kan logge inn med MinID, BankID, Buypass ID eller Commfides.</p>
<p>Du kan lese meir om tryggleik og personvern i ID-porten på <a href="https://www.digdir.no/">digdir.no</a>.</p>

<h2 id="lagring">Kva vi lagrar</h2>
<p>Alt du ser på Min side, og alt du sender oss der, blir lagra i saksbehandlingssystemet vårt.</p>
<p>Det du gjer på Min side, til dømes når du lastar opp eit dokument, blir skrive i ein eigen logg. Han blir kalla ein auditlogg. Berre personar med særskilt løyve kan lese han. Vi bruker loggen til å finne feil og misbruk.</p>
<p>Loggen viser også at vi har lagt ut informasjon om saka di på Min side, og når vi gjorde det. Då kan vi sjå om du har logga inn etterpå og opna sida der informasjonen ligg. Slik kan verken du eller vi seinare bestride at dette skjedde. Dette blir kalla ikkje-fornekting.</p>
<p>Når eit dokument vart gjort tilgjengeleg for deg, og når du opna det første gong, blir også lagra saman med dokumentet i saka di. Det kan ha noko å seie for fristar.</p>

<h2 id="innsyn">Innsyn</h2>
<p>Du har rett til å få vite kva opplysningar vi har lagra om korleis du har brukt Min side.</p>
<p>Du finn dei på Min side under profilen din. Du kan også be oss om innsyn. Sjå kontaktinformasjonen lenger nede.</p>

<h2 id="retting-og-sletting">Retting og sletting</h2>
<ul>
  <li>Auditloggen blir sletta etter eitt år.</li>
  <li>Dokument og kommentarar du sender oss, blir arkiverte i 25–30 år. Deretter blir dei overførte til Arkivverket (Riksarkivet).</li>
</ul>
<p>Opplysningar vi har fått frå andre, kan vi ikkje rette eller slette.</p>

<h2 id="ditt-ansvar">Ansvaret ditt</h2>
<p>Du har sjølv ansvaret for det du sender oss på Min side.</p>
<p>Alt du sender blir arkivert og følgjer reglane i arkivlova. Tenk derfor gjennom kva du sender.</p>
<p>Du treng berre å sende noko éin gong. Du får ei kvittering når vi har teke imot det.</p>

<h2 id="sperring">Når vi kan stengje tilgangen</h2>
<p>I spesielle tilfelle kan vi stengje tilgangen din til Min side. Det kan til dømes skje dersom nokon</p>
<ul>
  <li>sender store mengder informasjon som ikkje har noko å seie for saka</li>
  <li>sender personopplysningar om andre</li>
  <li>sender truslar</li>
  <li>bruker Min side på ein måte som Nasjonalt klageorgan for helsetjenesten meiner ikkje er forsvarleg</li>
</ul>

<h2 id="databehandlarar">Databehandlarar</h2>
<p>Norsk helsenett (NHN) driftar Min side for oss. Ciber Experis Norge har ansvaret for forvaltning og vedlikehald.</p>
<p>Opplysningar som oppstår under drifta, blir lagra på NHN sine eigne serverar. Det kan til dømes vere</p>
<ul>
  <li>når ei IP-adresse logga inn og ut</li>
  <li>om nokon lasta opp eller ned dokument frå ei IP-adresse</li>
</ul>
<p>Kva IP-adresse som høyrer til kva innlogging i ID-porten, og dermed til kven du er, går berre fram av våre eigne loggar.</p>

<h2 id="informasjonskapslar">Informasjonskapslar</h2>
<p>Informasjonskapslar (cookies) er små tekstfiler som nettlesaren din lagrar når du besøkjer ei nettside. Min side bruker berre desse:</p>
<ul>
  <li><strong>__Host-session</strong> held deg innlogga. Han blir laga først når du har logga inn, og blir sletta når du lukkar nettlesaren.</li>
  <li><strong>__Host-login</strong> blir berre brukt medan du loggar inn med ID-porten, og varer kort. Han vernar innlogginga mot forfalsking.</li>
  <li><strong>Language</strong> hugsar kva språk du har valt. Han blir lagra i eitt år, eller til du vel eit anna språk.</li>
</ul>
<p>Skjemaa på Min side er verna mot forfalsking med ein kode som er knytt til innlogginga di. Til det trengst ingen eigen informasjonskapsel.</p>

<h2 id="statistikk">Statistikk</h2>
<p>Min side bruker ingen analyseverktøy eller sporingstenester frå andre, og ingen informasjonskapslar til statistikk.</p>
<p>Vi tel berre kor mange gonger kvar side blir vist per dag. Teljinga inneheld ingen personopplysningar og ingen IP-adresser. Vi bruker henne til å gjere tenesta betre.</p>

<h2 id="kontakt">Ansvarleg og personvernombod</h2>
<p>Direktøren i Nasjonalt klageorgan for helsetjenesten har ansvaret for korleis vi behandlar personopplysningar.</p>
<address>
Nasjonalt klageorgan for helsetjenesten<br>
Postboks 230 Skøyen<br>
0213 Oslo<br>
E-post: <a href="mailto:post@helseklage.no">post@helseklage.no</a><br>
Telefon: <a href="tel:+4722993630">22 99 36 30</a>
</address>
<p>Personvernombodet vårt kan gi deg generelle råd og rettleiing om personvern.</p>
<address>
Nasjonalt klageorgan for helsetjenesten<br>
Personvernombudet<br>
Postboks 230 Skøyen<br>
0213 Oslo<br>
E-post: <a href="mailto:personvernombudet@helseklage.no">personvernombudet@helseklage.no</a><br>
Telefon: <a href="tel:+4722993630">22 99 36 30</a>
</address>
<p>Ikkje send sensitive personopplysningar, til dømes helseopplysningar, på e-post. E-post er ikkje trygg nok. Bruk heller Min side eller vanleg post.</p>
