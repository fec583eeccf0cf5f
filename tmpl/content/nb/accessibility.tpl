{{%AUTOESCAPE context="HTML"}}
<h1>{{accessibility_title}}</h1>
<p class="lead">Vi vil at alle skal kunne bruke Min side, også de som ser dårlig, bruker skjermleser, ikke kan bruke mus eller er syke og slitne.</p>

<h2>Hvilke krav Min side skal oppfylle</h2>
<p>Målet vårt er at Min side skal oppfylle kravene i WCAG 2.1 på nivå A og AA. Det er et internasjonalt regelverk for tilgjengelige nettsider.</p>
<p>Siden 1. februar 2023 har offentlige virksomheter i Norge vært pålagt å følge disse kravene. Det står i forskrift om universell utforming av IKT-løsninger.</p>

<h2>Slik er Min side laget</h2>
<ul>
  <li>Alt fungerer uten JavaScript.</li>
  <li>Sidene tilpasser seg mobil, nettbrett og PC, og tåler at du forstørrer teksten.</li>
  <li>Du kan bruke skjermleser.</li>
  <li>Du kan gjøre alt med tastaturet, uten mus.</li>
  <li>Du kan velge bokmål, nynorsk eller engelsk.</li>
  <li>Vi prøver å skrive kort og enkelt.</li>
</ul>

<h2>Slik tester vi</h2>
<ul>
  <li>Hver gang vi lager en ny versjon av Min side, sjekkes sidene automatisk med verktøyet axe-core.</li>
  <li>Vi prøver også sidene selv med bare tastatur.</li>
</ul>

<h2>Det som ikke er godt nok ennå</h2>
<p>Brev og andre dokumenter i saken din kommer som PDF-filer fra saksbehandlingssystemet vårt. Ikke alle disse filene er fullt ut tilgjengelige. Noen kan for eksempel være vanskelige å lese med skjermleser.</p>
<p>Trenger du et dokument i et annet format, kan du kontakte oss, så hjelper vi deg.</p>

<h2>Gi oss beskjed</h2>
<p>Hvis noe på Min side er vanskelig å bruke, vil vi gjerne høre fra deg.</p>
<ul>
  <li>E-post: <a href="mailto:post@helseklage.no">post@helseklage.no</a></li>
  <li>Telefon: <a href="tel:+4722993630">22 99 36 30</a></li>
</ul>
<p>Ikke send helseopplysninger eller andre sensitive opplysninger på e-post.</p>

<h2>Klage</h2>
<p>Hvis du mener at Min side ikke oppfyller kravene til universell utforming, kan du klage til Tilsynet for universell utforming av IKT. Tilsynet er en del av Digitaliseringsdirektoratet (Digdir). Du finner mer informasjon på <a href="https://www.uutilsynet.no/">uutilsynet.no</a>.</p>

<p class="small">Denne erklæringen ble sist oppdatert <time datetime="2026-12-04">4. desember 2026</time>.</p>
