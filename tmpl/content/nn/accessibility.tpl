{{%AUTOESCAPE context="HTML"}}
<h1>{{accessibility_title}}</h1>
<p class="lead">Vi vil at alle skal kunne bruke Min side, også dei som ser dårleg, bruker skjermlesar, ikkje kan bruke mus eller er sjuke og slitne.</p>

<h2>Kva krav Min side skal oppfylle</h2>
<p>Målet vårt er at Min side skal oppfylle krava i WCAG 2.1 på nivå A og AA. Det er eit internasjonalt regelverk for tilgjengelege nettsider.</p>
<p>Sidan 1. februar 2023 har offentlege verksemder i Noreg vore pålagde å følgje desse krava. Det står i forskrift om universell utforming av IKT-løysingar.</p>

<h2>Slik er Min side laga</h2>
<ul>
  <li>Alt fungerer utan JavaScript.</li>
  <li>Sidene tilpassar seg mobil, nettbrett og PC, og tolar at du forstørrar teksten.</li>
  <li>Du kan bruke skjermlesar.</li>
  <li>Du kan gjere alt med tastaturet, utan mus.</li>
  <li>Du kan velje bokmål, nynorsk eller engelsk.</li>
  <li>Vi prøver å skrive kort og enkelt.</li>
</ul>

<h2>Slik testar vi</h2>
<ul>
  <li>Kvar gong vi lagar ein ny versjon av Min side, blir sidene sjekka automatisk med verktøyet axe-core.</li>
  <li>Vi prøver også sidene sjølve med berre tastatur.</li>
</ul>

<h2>Det som ikkje er godt nok enno</h2>
<p>Brev og andre dokument i saka di kjem som PDF-filer frå saksbehandlingssystemet vårt. Ikkje alle desse filene er fullt ut tilgjengelege. Nokre kan til dømes vere vanskelege å lese med skjermlesar.</p>
<p>Treng du eit dokument i eit anna format, kan du kontakte oss, så hjelper vi deg.</p>

<h2>Gi oss beskjed</h2>
<p>Dersom noko på Min side er vanskeleg å bruke, vil vi gjerne høyre frå deg.</p>
<ul>
  <li>E-post: <a href="mailto:post@helseklage.no">post@helseklage.no</a></li>
  <li>Telefon: <a href="tel:+4722993630">22 99 36 30</a></li>
</ul>
<p>Ikkje send helseopplysningar eller andre sensitive opplysningar på e-post.</p>

<h2>Klage</h2>
<p>Dersom du meiner at Min side ikkje oppfyller krava til universell utforming, kan du klage til Tilsynet for universell utforming av IKT. Tilsynet er ein del av Digitaliseringsdirektoratet (Digdir). Du finn meir informasjon på <a href="https://www.uutilsynet.no/">uutilsynet.no</a>.</p>

<p class="small">Denne erklæringa vart sist oppdatert <time datetime="2026-12-04">4. desember 2026</time>.</p>
