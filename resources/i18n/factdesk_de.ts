<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>About the attachment</source>
        <translation>Über den Anhang</translation>
    </message>
    <message>
        <source>Capture integrity warning</source>
        <translation>Warnung zur Integrität der Aufnahme</translation>
    </message>
    <message>
        <source>The same picture elsewhere in the case</source>
        <translation>Dasselbe Bild an anderer Stelle im Fall</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>Aufnahme ansehen</translation>
    </message>
    <message>
        <source>View the archived page, made inert</source>
        <translation>Archivierte Seite entschärft ansehen</translation>
    </message>
    <message>
        <source>Open the archived page in your browser with its scripts removed and every request blocked: viewing it never contacts the site</source>
        <translation>Öffnet die archivierte Seite im Browser ohne Skripte und mit gesperrten Anfragen: Das Ansehen kontaktiert die Website nie</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Auf Karte zeigen</translation>
    </message>
    <message>
        <source>Show where the photo was taken on OpenStreetMap</source>
        <translation>Auf OpenStreetMap zeigen, wo das Foto aufgenommen wurde</translation>
    </message>
    <message>
        <source>Open the photo&apos;s GPS position on OpenStreetMap in your browser</source>
        <translation>GPS-Position des Fotos auf OpenStreetMap im Browser öffnen</translation>
    </message>
    <message>
        <source>⚠ Capture integrity failed: {detail}</source>
        <translation>⚠ Integrität der Aufnahme verletzt: {detail}</translation>
    </message>
    <message>
        <source>Page text: {text}</source>
        <translation>Seitentext: {text}</translation>
    </message>
    <message>
        <source>The same picture elsewhere in this case:</source>
        <translation>Dasselbe Bild an anderer Stelle in diesem Fall:</translation>
    </message>
    <message>
        <source>• {file} — claim “{claim}” ({id})</source>
        <translation>• {file} — Behauptung „{claim}“ ({id})</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the capture for viewing</source>
        <translation>Aufnahme wird zur Ansicht vorbereitet</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Web captures (WARC, WACZ, MHTML, saved pages) are verified and their page text is searchable.</source>
        <translation>Dateien hier ablegen, um sie anzuhängen. Webaufnahmen (WARC, WACZ, MHTML, gespeicherte Seiten) werden geprüft, ihr Seitentext ist durchsuchbar.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Kopie des Anhangs speichern</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message numerus="yes">
        <source>{file}
{type}, %Ln byte(s)
SHA-256 {sha256}</source>
        <translation>
            <numerusform>{file}
{type}, %Ln Byte
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}, %Ln Bytes
SHA-256 {sha256}</numerusform>
        </translation>
    </message>
    <message>
        <source>Web capture ({format}): {state}</source>
        <translation>Webaufnahme ({format}): {state}</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>Attach files to the evidence item</source>
        <translation>Dateien an den Beleg anhängen</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>{file} is not a picture, a PDF or plain text (it says it is {type}). Files of other kinds can run programs when opened, so FactDesk does not open them. Save a copy to look at it with a program you trust.</source>
        <translation>{file} ist weder Bild noch PDF noch reiner Text (angegeben ist {type}). Dateien anderer Art können beim Öffnen Programme starten, daher öffnet FactDesk sie nicht. Speichern Sie eine Kopie, um sie mit einem vertrauenswürdigen Programm anzusehen.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <source>There are no claims in this case file to export.</source>
        <translation>Diese Fallakte enthält keine Behauptungen zum Exportieren.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation>Paket wird exportiert</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>Das Paket wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Bundle export cancelled; no file was written.</source>
        <translation>Paketexport abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Bundle written to {path}</source>
        <translation>Paket geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Exported {claims}, {evidence} and {files} to
{path}
({size}).</source>
        <translation>{claims}, {evidence} und {files} exportiert nach
{path}
({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln Beleg</numerusform>
            <numerusform>%Ln Belege</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln angehängte Datei</numerusform>
            <numerusform>%Ln angehängte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paket exportiert</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Reading bundle</source>
        <translation>Paket wird gelesen</translation>
    </message>
    <message>
        <source>The bundle cannot be imported</source>
        <translation>Das Paket kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>Paket wird importiert</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>Nichts wurde importiert; die Fallakte ist unverändert</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>Der Import wurde abgebrochen. Nichts wurde importiert; die Fallakte ist unverändert.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paket importiert</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>{case} cannot be reached; nothing was saved. Try again when the window is back online.</source>
        <translation>{case} ist nicht erreichbar; nichts wurde gespeichert. Versuchen Sie es erneut, wenn das Fenster wieder online ist.</translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>Checking the case file</source>
        <translation>Fallakte wird geprüft</translation>
    </message>
    <message>
        <source>The case file could not be checked: {problem}</source>
        <translation>Die Fallakte konnte nicht geprüft werden: {problem}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check case file</source>
        <translation>Fallakte prüfen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>The case file is read-only.</source>
        <translation>Die Fallakte ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Repair failed</source>
        <translation>Reparatur fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ClaimComparison</name>
    <message>
        <source>The two versions of the claim</source>
        <translation>Die beiden Fassungen der Behauptung</translation>
    </message>
    <message>
        <source>In this case file (mine)</source>
        <translation>In dieser Fallakte (meine)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>Im Paket (ihre)</translation>
    </message>
    <message>
        <source>{field}: the two versions differ</source>
        <translation>{field}: Die beiden Fassungen unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim text</source>
        <translation>Wortlaut der Behauptung</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>Die Behauptung, Wort für Wort, wie sie aufgestellt wurde</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Wer die Behauptung aufgestellt hat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Wo die Behauptung erschien (URL)</translation>
    </message>
    <message>
        <source>Where the claim appeared (title)</source>
        <translation>Wo die Behauptung erschien (Titel)</translation>
    </message>
    <message>
        <source>Title of the page, programme or post</source>
        <translation>Titel der Seite, Sendung oder des Beitrags</translation>
    </message>
    <message>
        <source>Date the claim appeared</source>
        <translation>Datum, an dem die Behauptung erschien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Working notes on the claim</source>
        <translation>Arbeitsnotizen zur Behauptung</translation>
    </message>
    <message>
        <source>Working notes: open questions, leads, what to check next (not published)</source>
        <translation>Arbeitsnotizen: offene Fragen, Spuren, was als Nächstes zu prüfen ist (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>Cla&amp;im</source>
        <translation>Beh&amp;auptung</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>&amp;Urheber</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Erschienen &amp;in</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;el</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>The claim text must not be empty; the previous text was kept.</source>
        <translation>Der Wortlaut der Behauptung darf nicht leer sein; der vorige Text wurde behalten.</translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message>
        <source>Search claims, evidence, verdicts…</source>
        <translation>Behauptungen, Belege, Urteile durchsuchen…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Behauptungen durchsuchen</translation>
    </message>
    <message>
        <source>Full-text search over claims, evidence and verdicts (Ctrl+F)</source>
        <translation>Volltextsuche in Behauptungen, Belegen und Urteilen (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Nach Bewertung filtern</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Verteidigungsministerium</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>In Recherche</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Größtenteils falsch</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Number of claims shown</source>
        <translation>Anzahl der angezeigten Behauptungen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) found</source>
        <translation>
            <numerusform>%Ln Behauptung gefunden</numerusform>
            <numerusform>%Ln Behauptungen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimScopeBox</name>
    <message>
        <source>The selected claim: {claim}</source>
        <translation>Die ausgewählte Behauptung: {claim}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected claim(s)</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Behauptung</numerusform>
            <numerusform>Die %Ln ausgewählten Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected claims</source>
        <translation>Die ausgewählten Behauptungen</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Alle Behauptungen</translation>
    </message>
    <message>
        <source>Claims &amp;tagged</source>
        <translation>Behauptungen mit &amp;Schlagwort</translation>
    </message>
    <message>
        <source>Claims with a tag</source>
        <translation>Behauptungen mit einem Schlagwort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Aktualisiert {when}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else: {field}</source>
        <translation>Von jemand anderem geändert: {field}</translation>
    </message>
    <message>
        <source>Save refused: two versions of a field</source>
        <translation>Speichern abgelehnt: zwei Fassungen eines Felds</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>{who} changed the {field} at {when} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} hat das Feld „{field}“ am {when} geändert, nachdem Sie es geladen hatten; Ihre Änderung wurde daher nicht gespeichert. Nichts geht verloren: Wählen Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>{who} changed the {field} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} hat das Feld „{field}“ geändert, nachdem Sie es geladen hatten; Ihre Änderung wurde daher nicht gespeichert. Nichts geht verloren: Wählen Sie, welche Fassung bleibt.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}, {when}</source>
        <translation>Die andere — gespeichert von {who}, {when}</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}</source>
        <translation>Die andere — gespeichert von {who}</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Die andere Fassung</translation>
    </message>
    <message>
        <source>Yours — not saved yet</source>
        <translation>Ihre — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>Die andere Fassung übernehmen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit my version before saving it</source>
        <translation>Meine Fassung vor dem Speichern bearbeiten</translation>
    </message>
    <message>
        <source>Write the version to keep, from both, then save it</source>
        <translation>Aus beiden die Fassung schreiben, die bleibt, und sie speichern</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Meine Fassung speichern</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>Mit dem Teamserver verbinden</translation>
    </message>
    <message>
        <source>The address your desk&apos;s administrator gave you, such as
{example}

Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: FactDesk does not store or show them.</source>
        <translation>Die Adresse, die Sie von der Administration Ihrer Redaktion bekommen haben, etwa
{example}

Passwörter kommen aus ~/.pgpass oder einer PostgreSQL-Dienstdatei, nie von hier: FactDesk speichert und zeigt sie nicht.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>So verbinden Sie sich</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://benutzer@host/datenbank</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Not a server address: a server address starts with postgresql://.</source>
        <translation>Keine Serveradresse: Eine Serveradresse beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>Not a server address: {reason}.</source>
        <translation>Keine Serveradresse: {reason}.</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Case file damaged</source>
        <translation>Fallakte beschädigt</translation>
    </message>
    <message>
        <source>The newest sound backup is from {backup}.</source>
        <translation>Die neueste intakte Sicherung stammt vom {backup}.</translation>
    </message>
    <message>
        <source>No backup of it was found. Keep the file: a data-recovery tool may still save much of it.</source>
        <translation>Keine Sicherung gefunden. Behalten Sie die Datei: Ein Datenrettungsprogramm kann noch viel davon retten.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Diese Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Other backups…</source>
        <translation>Andere Sicherungen…</translation>
    </message>
</context>
<context>
    <name>DateProblem</name>
    <message>
        <source>Problem with the date</source>
        <translation>Problem mit dem Datum</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>Changed elsewhere: what changed</source>
        <translation>Anderswo geändert: was sich geändert hat</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Die andere Fassung übernehmen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>The {field} was changed elsewhere while you were typing. Your text is kept. Theirs: “{text}”</source>
        <translation>Das Feld {field} wurde anderswo geändert, während Sie tippten. Ihr Text bleibt. Der andere: „{text}“</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>This case file has no claims yet</source>
        <translation>Diese Fallakte enthält noch keine Behauptungen</translation>
    </message>
    <message>
        <source>Start with a claim you want to check, or open the sample case — a worked fact-check with evidence, grading and a verdict — to see how FactDesk is used.</source>
        <translation>Beginnen Sie mit einer Behauptung, die Sie prüfen möchten, oder öffnen Sie den Beispielfall – einen vollständigen Faktencheck mit Belegen, Einstufung und Urteil –, um zu sehen, wie FactDesk funktioniert.</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>Den Beispielfall öffnen</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <source>Add a new claim</source>
        <translation>Neue Behauptung hinzufügen</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>How reliable the source is, from its track record (Admiralty code A–F).</source>
        <translation>Wie zuverlässig die Quelle nach ihrer Vorgeschichte ist (Admiralty-Code A–F).</translation>
    </message>
    <message>
        <source>How credible this piece of information is on its own (Admiralty code 1–6).</source>
        <translation>Wie glaubwürdig diese Information für sich genommen ist (Admiralty-Code 1–6).</translation>
    </message>
    <message>
        <source>Headline or name of the document</source>
        <translation>Überschrift oder Name des Dokuments</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL des Belegs</translation>
    </message>
    <message>
        <source>Outlet, institution or agency</source>
        <translation>Medium, Institution oder Behörde</translation>
    </message>
    <message>
        <source>When you read or saved the source, in UTC; filled in with now when you enter the URL</source>
        <translation>Wann Sie die Quelle gelesen oder gespeichert haben, in UTC; wird beim Eingeben der URL mit jetzt gefüllt</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>The passage that matters, quoted exactly</source>
        <translation>Die entscheidende Passage, wörtlich zitiert</translation>
    </message>
    <message>
        <source>Your notes: how you found it, what to check</source>
        <translation>Ihre Notizen: wie Sie ihn gefunden haben, was zu prüfen ist</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Art des Belegs</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Titel des Belegs</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Abrufdatum</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Zuverlässigkeit der Quelle</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Glaubwürdigkeit der Information</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Notizen zum Beleg</translation>
    </message>
    <message>
        <source>Acc&amp;essed</source>
        <translation>A&amp;bgerufen</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>Glaub&amp;würdigkeit</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;el</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>Verö&amp;ffentlicht</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Stan&amp;ce</source>
        <translation>Hal&amp;tung</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Zuverlässigkeit</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>Aus&amp;zug</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop a web address or a file here to add it as evidence.</source>
        <translation>Zum Umordnen ziehen. Eine Webadresse oder Datei hier ablegen, um sie als Beleg hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>Beleg &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an evidence item to this claim (Ctrl+E)</source>
        <translation>Dieser Behauptung einen Beleg hinzufügen (Strg+E)</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Beleg löschen</translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation>Beleg nach oben</translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation>Beleg nach unten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Evidence item {n} of {total}</source>
        <translation>Beleg {n} von {total}</translation>
    </message>
    <message>
        <source>Add dropped evidence</source>
        <translation>Abgelegten Beleg hinzufügen</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Zu exportierende Behauptungen</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file</source>
        <translation>
            <numerusform>Die %Ln Behauptung dieser Fallakte</numerusform>
            <numerusform>Alle %Ln Behauptungen dieser Fallakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim</source>
        <translation>Die eine Behauptung</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>Titel des Pakets</translation>
    </message>
    <message>
        <source>Optional, shown to whoever imports it</source>
        <translation>Optional, wird dem Importierenden gezeigt</translation>
    </message>
    <message>
        <source>A bundle holds the claims with their evidence, attached files and verdicts. A colleague adds it to their case file with File → Import bundle…; claims they already have are updated or shown as conflicts, never duplicated.</source>
        <translation>Ein Paket enthält die Behauptungen mit ihren Belegen, angehängten Dateien und Urteilen. Eine Kollegin fügt es mit Datei → Paket importieren… ihrer Fallakte hinzu; vorhandene Behauptungen werden aktualisiert oder als Konflikte gezeigt, nie verdoppelt.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Bericht über</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file, oldest first</source>
        <translation>
            <numerusform>Die %Ln Behauptung dieser Fallakte</numerusform>
            <numerusform>Alle %Ln Behauptungen dieser Fallakte, älteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim in this case file</source>
        <translation>Die einzige Behauptung dieser Fallakte</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titel des Berichts</translation>
    </message>
    <message>
        <source>Optional headline (a single claim is headed by the claim itself)</source>
        <translation>Optionale Überschrift (eine einzelne Behauptung ist selbst die Überschrift)</translation>
    </message>
    <message>
        <source>Adds the notes on claims and evidence, and marks every page “Internal review copy — not for publication”. Leave it off for a report you publish.</source>
        <translation>Fügt die Notizen zu Behauptungen und Belegen hinzu und kennzeichnet jede Seite mit „Interne Prüfkopie — nicht zur Veröffentlichung“. Lassen Sie es bei einem Bericht, den Sie veröffentlichen, aus.</translation>
    </message>
    <message>
        <source>Published by (organisation)</source>
        <translation>Veröffentlicht von (Organisation)</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking organisation</source>
        <translation>Ihre Redaktion oder Faktencheck-Organisation</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Webadresse der Organisation</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/ (remembered)</source>
        <translation>https://factcheck.example.org/ (wird gespeichert)</translation>
    </message>
    <message>
        <source>Article URL of this report</source>
        <translation>Artikel-URL dieses Berichts</translation>
    </message>
    <message>
        <source>https://… the page this report will be published as</source>
        <translation>https://… die Seite, als die dieser Bericht erscheint</translation>
    </message>
    <message>
        <source>The address of the published fact-check: search engines read it from the report&apos;s ClaimReview data. Leave it empty if it is not known yet.</source>
        <translation>Die Adresse des veröffentlichten Faktenchecks: Suchmaschinen lesen sie aus den ClaimReview-Daten des Berichts. Lassen Sie das Feld leer, wenn sie noch nicht bekannt ist.</translation>
    </message>
    <message>
        <source>What must be fixed before exporting</source>
        <translation>Was vor dem Export zu beheben ist</translation>
    </message>
    <message>
        <source>{problem}. Type the name of the organisation that publishes this fact-check, or include the working notes for an internal review copy.</source>
        <translation>{problem}. Geben Sie den Namen der Organisation ein, die diesen Faktencheck veröffentlicht, oder schließen Sie die Arbeitsnotizen für eine interne Prüfkopie ein.</translation>
    </message>
    <message>
        <source>The article URL is your organisation&apos;s web address: complete it with the address of this fact-check&apos;s own page, or clear it to export without one.</source>
        <translation>Die Artikel-URL ist die Webadresse Ihrer Organisation: Ergänzen Sie sie um die Adresse der Seite dieses Faktenchecks, oder leeren Sie sie, um ohne zu exportieren.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Include &amp;working notes</source>
        <translation>&amp;Arbeitsnotizen einschließen</translation>
    </message>
    <message>
        <source>An internal review copy, marked on every page as not for publication</source>
        <translation>Eine interne Prüfkopie, auf jeder Seite als nicht zur Veröffentlichung markiert</translation>
    </message>
    <message>
        <source>What including the working notes makes</source>
        <translation>Was das Einschließen der Arbeitsnotizen ergibt</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings, dates and numbers; the claims, evidence and rating labels stay as written</source>
        <translation>Die Sprache der Überschriften, Daten und Zahlen des Berichts; Behauptungen, Belege und Bewertungsnamen bleiben, wie sie geschrieben sind</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Published &amp;by</source>
        <translation>Veröffentlicht &amp;von</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>&amp;Webadresse der Organisation</translation>
    </message>
    <message>
        <source>&amp;Article URL</source>
        <translation>&amp;Artikel-URL</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Sprache des Berichts</translation>
    </message>
</context>
<context>
    <name>ExportSpreadsheetDialog</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Zu exportierende Behauptungen</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s)</source>
        <translation>
            <numerusform>Die %Ln Behauptung</numerusform>
            <numerusform>Alle %Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;evidence item (with its claim&apos;s id)</source>
        <translation>Eine Zeile pro &amp;Beleg (mit der ID seiner Behauptung)</translation>
    </message>
    <message>
        <source>One row per evidence item</source>
        <translation>Eine Zeile pro Beleg</translation>
    </message>
    <message>
        <source>CSV in UTF-8, readable by Excel, LibreOffice and Google Sheets. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>CSV in UTF-8, lesbar mit Excel, LibreOffice und Google Sheets. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, beginnen mit einem Apostroph.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Fact-checks, spreadsheets and citations ({patterns});;All files (*)</source>
        <translation>Faktenchecks, Tabellen und Literaturangaben ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>The files cannot be imported</source>
        <translation>Die Dateien können nicht importiert werden</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>Nichts wurde importiert; die Fallakte ist unverändert</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>Der Import wurde abgebrochen. Nichts wurde importiert; die Fallakte ist unverändert.</translation>
    </message>
    <message>
        <source>Imported {names}</source>
        <translation>Importiert: {names}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Tabellen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting spreadsheet</source>
        <translation>Tabelle wird exportiert</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>Die Tabelle wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Spreadsheet written to {path}</source>
        <translation>Tabelle geschrieben nach {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln evidence item(s) to
{path}</source>
        <translation>
            <numerusform>%Ln Beleg geschrieben nach
{path}</numerusform>
            <numerusform>%Ln Belege geschrieben nach
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln claim(s) to
{path}</source>
        <translation>
            <numerusform>%Ln Behauptung geschrieben nach
{path}</numerusform>
            <numerusform>%Ln Behauptungen geschrieben nach
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Tabelle exportiert</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History of the claim</source>
        <translation>Verlauf der Behauptung</translation>
    </message>
</context>
<context>
    <name>ImportFilesDialog</name>
    <message>
        <source>Import — preview</source>
        <translation>Import — Vorschau</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>As &amp;evidence: each fact-check is evidence on its claim</source>
        <translation>Als &amp;Belege: Jeder Faktencheck ist ein Beleg zu seiner Behauptung</translation>
    </message>
    <message>
        <source>Import fact-checks as evidence</source>
        <translation>Faktenchecks als Belege importieren</translation>
    </message>
    <message>
        <source>As &amp;verdicts: the reviews are this newsroom&apos;s own (an archive moving in)</source>
        <translation>Als &amp;Urteile: Die Prüfungen stammen von dieser Redaktion (ein Archiv zieht ein)</translation>
    </message>
    <message>
        <source>Import reviews as verdicts</source>
        <translation>Prüfungen als Urteile importieren</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim {claim}</source>
        <translation>Alles als Belege zur ausgewählten Behauptung {claim} hinzufügen</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim (none is selected)</source>
        <translation>Alles als Belege zur ausgewählten Behauptung hinzufügen (keine ausgewählt)</translation>
    </message>
    <message>
        <source>Add everything to the selected claim</source>
        <translation>Alles zur ausgewählten Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Spreadsheet columns and the field each goes to</source>
        <translation>Spalten der Tabelle und das Feld für jede</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht nach</translation>
    </message>
    <message>
        <source>Foreign rating labels and the ratings they map to</source>
        <translation>Fremde Bewertungsnamen und die Bewertungen, denen sie entsprechen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>What happens to each item</source>
        <translation>Was mit jedem Eintrag geschieht</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Warnings about the files</source>
        <translation>Warnungen zu den Dateien</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>Vorschau &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Update the preview with these choices</source>
        <translation>Vorschau mit dieser Auswahl aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Ratings ({count})</source>
        <translation>&amp;Bewertungen ({count})</translation>
    </message>
    <message>
        <source>I&amp;tems ({count})</source>
        <translation>Ein&amp;träge ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Warnungen ({count})</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Feld für {column}</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— nicht importiert</translation>
    </message>
    <message>
        <source>Rating for {label}</source>
        <translation>Bewertung für {label}</translation>
    </message>
    <message>
        <source>New rating, off the numeric scale</source>
        <translation>Neue Bewertung, außerhalb der Zahlenskala</translation>
    </message>
    <message>
        <source>Leave unmapped (keep the label as text)</source>
        <translation>Nicht zuordnen (Namen als Text behalten)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle — {name}</source>
        <translation>Paket importieren — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln Beleg</numerusform>
            <numerusform>%Ln Belege</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln angehängte Datei</numerusform>
            <numerusform>%Ln angehängte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>made by {name}</source>
        <translation>erstellt von {name}</translation>
    </message>
    <message>
        <source>with {program}</source>
        <translation>mit {program}</translation>
    </message>
    <message>
        <source>newest change {date}</source>
        <translation>neueste Änderung {date}</translation>
    </message>
    <message>
        <source>The bundle&apos;s title</source>
        <translation>Der Titel des Pakets</translation>
    </message>
    <message>
        <source>About the bundle</source>
        <translation>Über das Paket</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Konflikte ({count})</translation>
    </message>
    <message>
        <source>&amp;All claims ({count})</source>
        <translation>&amp;Alle Behauptungen ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Warnungen ({count})</translation>
    </message>
    <message>
        <source>When a claim conflicts</source>
        <translation>Wenn eine Behauptung im Konflikt steht</translation>
    </message>
    <message>
        <source>For every &amp;conflict not settled one by one:</source>
        <translation>Für jeden nicht einzeln geklärten &amp;Konflikt:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Conflicting claims</source>
        <translation>Behauptungen im Konflikt</translation>
    </message>
    <message>
        <source>Why the claim conflicts</source>
        <translation>Warum die Behauptung im Konflikt steht</translation>
    </message>
    <message>
        <source>This claim:</source>
        <translation>Diese Behauptung:</translation>
    </message>
    <message>
        <source>Claims in the bundle by what happens to them</source>
        <translation>Behauptungen im Paket nach dem, was mit ihnen geschieht</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Neu: hinzugefügt</translation>
    </message>
    <message>
        <source>Changed in the bundle only: updated</source>
        <translation>Nur im Paket geändert: aktualisiert</translation>
    </message>
    <message>
        <source>The same here: left unchanged</source>
        <translation>Hier gleich: unverändert</translation>
    </message>
    <message>
        <source>Changed on both sides: conflicts</source>
        <translation>Auf beiden Seiten geändert: Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings about the bundle</source>
        <translation>Warnungen zum Paket</translation>
    </message>
    <message>
        <source>No warnings: the bundle matches this case file&apos;s scale.</source>
        <translation>Keine Warnungen: Das Paket passt zur Skala dieser Fallakte.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>for every conflict</source>
        <translation>für jeden Konflikt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Urteil</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>This case file is read-only: you can read it, but changes cannot be saved. Copy it somewhere writable to work on it.</source>
        <translation>Diese Fallakte ist schreibgeschützt: Sie können sie lesen, aber Änderungen nicht speichern. Kopieren Sie sie an einen beschreibbaren Ort, um daran zu arbeiten.</translation>
    </message>
    <message>
        <source>Read-only case file</source>
        <translation>Schreibgeschützte Fallakte</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Neue Fallakte…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>Fallakte ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Mit dem &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>Open a case shared by a desk on a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>Eine Fallakte öffnen, die eine Redaktion auf einem PostgreSQL-Server teilt (postgresql://benutzer@host/datenbank)</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Import fact-checks (saved pages, ClaimReview feeds), a spreadsheet or citations, after a preview</source>
        <translation>Faktenchecks (gespeicherte Seiten, ClaimReview-Feeds), eine Tabelle oder Literaturangaben nach einer Vorschau importieren</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Write claims or evidence items to a CSV file a spreadsheet program opens</source>
        <translation>Behauptungen oder Belege in eine CSV-Datei schreiben, die eine Tabellenkalkulation öffnet</translation>
    </message>
    <message>
        <source>&amp;Rating scale…</source>
        <translation>Bewertungs&amp;skala…</translation>
    </message>
    <message>
        <source>Rename, reorder, colour and merge ratings; see how foreign labels map onto them</source>
        <translation>Bewertungen umbenennen, umordnen, einfärben und zusammenführen; sehen, wie fremde Namen ihnen entsprechen</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the claims of a bundle to this case file, after a preview</source>
        <translation>Die Behauptungen eines Pakets nach einer Vorschau dieser Fallakte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write claims with their evidence, files and verdicts to a bundle for a colleague</source>
        <translation>Behauptungen mit Belegen, Dateien und Urteilen in ein Paket für Kollegen schreiben</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write a fact-check report (HTML) on the selected claims or all of them</source>
        <translation>Einen Faktencheck-Bericht (HTML) über die ausgewählten oder alle Behauptungen schreiben</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Write a verified copy of the case file</source>
        <translation>Eine geprüfte Kopie der Fallakte schreiben</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put one of the case file&apos;s backups in its place</source>
        <translation>Eine der Sicherungen an die Stelle der Fallakte setzen</translation>
    </message>
    <message>
        <source>&amp;Check case file</source>
        <translation>Fallakte &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the database, the attachments&apos; fingerprints and the search index</source>
        <translation>Datenbank, Fingerabdrücke der Anhänge und Suchindex prüfen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>&amp;Find claims</source>
        <translation>Behauptungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Show all claims</source>
        <translation>&amp;Alle Behauptungen zeigen</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Neue Behauptung…</translation>
    </message>
    <message>
        <source>Add a claim to check (Ctrl+N)</source>
        <translation>Eine zu prüfende Behauptung hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>Behauptung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected claims (it can be undone)</source>
        <translation>Die ausgewählten Behauptungen löschen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&amp;Claim list</source>
        <translation>&amp;Behauptungsliste</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Bel&amp;ege</translation>
    </message>
    <message>
        <source>Open &amp;sample case</source>
        <translation>&amp;Beispielfall öffnen</translation>
    </message>
    <message>
        <source>&amp;About FactDesk</source>
        <translation>Über &amp;FactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Be&amp;hauptung</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>B&amp;elege</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Als &amp;veröffentlicht markieren</translation>
    </message>
    <message>
        <source>{address}   —   team server</source>
        <translation>{address}   —   Teamserver</translation>
    </message>
    <message>
        <source>No other case files yet</source>
        <translation>Noch keine anderen Fallakten</translation>
    </message>
    <message>
        <source>Back online: the server answers again.</source>
        <translation>Wieder online: Der Server antwortet wieder.</translation>
    </message>
    <message>
        <source>Offline: the server of {case} cannot be reached. What you type stays in the fields and is saved when the connection is back.</source>
        <translation>Offline: Der Server von {case} ist nicht erreichbar. Was Sie tippen, bleibt in den Feldern und wird gespeichert, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>{name} — FactDesk (read-only)</source>
        <translation>{name} — FactDesk (schreibgeschützt)</translation>
    </message>
    <message>
        <source>{name} — FactDesk</source>
        <translation>{name} — FactDesk</translation>
    </message>
    <message>
        <source>The case file was made safe</source>
        <translation>Die Fallakte wurde gesichert</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Fallakte öffnen</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Neue Fallakte</translation>
    </message>
    <message>
        <source>{path} already exists. Use File → Open case file… to open it.</source>
        <translation>{path} existiert bereits. Öffnen Sie sie mit Datei → Fallakte öffnen….</translation>
    </message>
    <message>
        <source>Delete this claim with its evidence, attachments and verdict?

“{claim}”

Edit → Undo brings it back.</source>
        <translation>Diese Behauptung mit Belegen, Anhängen und Urteil löschen?

„{claim}“

Bearbeiten → Rückgängig holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Diese %Ln Behauptung mit Belegen, Anhängen und Urteil löschen?

Bearbeiten → Rückgängig holt sie zurück.</numerusform>
            <numerusform>Diese %Ln Behauptungen mit Belegen, Anhängen und Urteilen löschen?

Bearbeiten → Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>Behauptungen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <source>This case file already has claims. Add the sample claims to it, or create a new case file for the sample case?</source>
        <translation>Diese Fallakte enthält bereits Behauptungen. Die Beispielbehauptungen hinzufügen oder eine neue Fallakte für den Beispielfall anlegen?</translation>
    </message>
    <message>
        <source>Add to this case file</source>
        <translation>Zu dieser Fallakte hinzufügen</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Neue Fallakte…</translation>
    </message>
    <message>
        <source>The settings could not be saved ({problem}).</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to FactDesk</source>
        <translation>Willkommen bei FactDesk</translation>
    </message>
    <message>
        <source>Your name goes into the history of every change you make and onto the verdicts you review. You can change it later (Edit → Settings…).</source>
        <translation>Ihr Name steht im Verlauf jeder Ihrer Änderungen und auf den Urteilen, die Sie prüfen. Sie können ihn später ändern (Bearbeiten → Einstellungen…).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Ihr Name, wie Kollegen ihn kennen</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Wortlaut der Behauptung</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>Die Behauptung, Wort für Wort, wie sie aufgestellt wurde</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Wer die Behauptung aufgestellt hat</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Wo die Behauptung erschien (URL)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Checked before? Similar claims already in this case file:</source>
        <translation>Schon geprüft? Ähnliche Behauptungen in dieser Fallakte:</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Behauptung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Be&amp;hauptung</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>&amp;Urheber</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Erschienen &amp;in</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>Colleagues on this claim</source>
        <translation>Kolleginnen und Kollegen an dieser Behauptung</translation>
    </message>
    <message>
        <source>Also on this claim: {names}</source>
        <translation>Ebenfalls an dieser Behauptung: {names}</translation>
    </message>
    <message>
        <source>Colleagues with a claim open: {names}</source>
        <translation>Kolleginnen und Kollegen mit einer offenen Behauptung: {names}</translation>
    </message>
</context>
<context>
    <name>RatingScaleDialog</name>
    <message>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <source>Ratings of the scale, most true first</source>
        <translation>Bewertungen der Skala, die wahrste zuerst</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the rating up the scale</source>
        <translation>Die Bewertung in der Skala nach oben schieben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the rating down the scale</source>
        <translation>Die Bewertung in der Skala nach unten schieben</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Choose the rating&apos;s colour</source>
        <translation>Farbe der Bewertung wählen</translation>
    </message>
    <message>
        <source>Colour from &amp;place</source>
        <translation>Farbe nach &amp;Platz</translation>
    </message>
    <message>
        <source>Colour the rating by its place on the scale</source>
        <translation>Die Bewertung nach ihrem Platz in der Skala einfärben</translation>
    </message>
    <message>
        <source>Rating to merge into</source>
        <translation>Bewertung, in die zusammengeführt wird</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>Merge the selected rating into another</source>
        <translation>Die ausgewählte Bewertung mit einer anderen zusammenführen</translation>
    </message>
    <message>
        <source>Relabel every verdict with the selected rating as the chosen one, then remove the selected rating (Edit → Undo takes it back)</source>
        <translation>Jedes Urteil mit der ausgewählten Bewertung auf die gewählte umstellen, dann die ausgewählte entfernen (Bearbeiten → Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Double-click a label or a value to change it. A rating with no colour of its own is coloured by its place: the most true green, the least true red, ratings off the numeric scale grey.</source>
        <translation>Doppelklicken Sie auf einen Namen oder Wert, um ihn zu ändern. Eine Bewertung ohne eigene Farbe wird nach ihrem Platz gefärbt: die wahrste grün, die unwahrste rot, Bewertungen außerhalb der Zahlenskala grau.</translation>
    </message>
    <message>
        <source>Foreign rating labels and their ratings</source>
        <translation>Fremde Bewertungsnamen und ihre Bewertungen</translation>
    </message>
    <message>
        <source>Rating for the selected label</source>
        <translation>Bewertung für den ausgewählten Namen</translation>
    </message>
    <message>
        <source>Map &amp;to</source>
        <translation>Zuordnen &amp;zu</translation>
    </message>
    <message>
        <source>Map the selected label to the chosen rating</source>
        <translation>Den ausgewählten Namen der gewählten Bewertung zuordnen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forget the selected label&apos;s mapping</source>
        <translation>Die Zuordnung des ausgewählten Namens vergessen</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skala</translation>
    </message>
    <message>
        <source>Foreign &amp;labels</source>
        <translation>Fremde &amp;Namen</translation>
    </message>
    <message>
        <source>Colour of {rating}</source>
        <translation>Farbe von {rating}</translation>
    </message>
    <message>
        <source>Choose another rating to merge into.</source>
        <translation>Wählen Sie eine andere Bewertung zum Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Checkliste vor der Veröffentlichung</translation>
    </message>
    <message>
        <source>Met: {rule}. {detail}</source>
        <translation>Erfüllt: {rule}. {detail}</translation>
    </message>
    <message>
        <source>Not met: {rule}. {detail}</source>
        <translation>Nicht erfüllt: {rule}. {detail}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There are no claims in this case file to report on.</source>
        <translation>Diese Fallakte enthält keine Behauptungen für einen Bericht.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Webseiten (*.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting report</source>
        <translation>Bericht wird exportiert</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Bericht geschrieben nach {path}</translation>
    </message>
    <message>
        <source>The report is written to
{path}</source>
        <translation>Der Bericht steht in
{path}</translation>
    </message>
    <message>
        <source>

Worth knowing before you publish it:
</source>
        <translation>

Gut zu wissen, bevor Sie ihn veröffentlichen:
</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>No program to show web pages was found; the report is at {path}.</source>
        <translation>Kein Programm zum Anzeigen von Webseiten gefunden; der Bericht liegt in {path}.</translation>
    </message>
    <message>
        <source>The report was not exported: {problem}</source>
        <translation>Der Bericht wurde nicht exportiert: {problem}</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Berichtsexport abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups of {name} (kept in {folder}):</source>
        <translation>Sicherungen von {name} (aufbewahrt in {folder}):</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Es gibt noch keine Sicherungen von {name}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>by place</source>
        <translation>nach Platz</translation>
    </message>
    <message>
        <source>off the scale</source>
        <translation>außerhalb der Skala</translation>
    </message>
    <message>
        <source>chosen for this rating</source>
        <translation>für diese Bewertung gewählt</translation>
    </message>
    <message>
        <source>from its place on the scale</source>
        <translation>nach ihrem Platz in der Skala</translation>
    </message>
    <message>
        <source>A whole number (more true is higher), or empty for a rating off the scale</source>
        <translation>Eine ganze Zahl (wahrer ist höher) oder leer für eine Bewertung außerhalb der Skala</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>As it should appear in history and verdicts</source>
        <translation>Wie er im Verlauf und in Urteilen erscheinen soll</translation>
    </message>
    <message>
        <source>Default case file</source>
        <translation>Standard-Fallakte</translation>
    </message>
    <message>
        <source>default.factdesk in your data folder</source>
        <translation>default.factdesk in Ihrem Datenordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the default case file</source>
        <translation>Standard-Fallakte wählen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks</source>
        <translation>Wer die Faktenchecks veröffentlicht</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Webadresse der Organisation</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/</source>
        <translation>https://factcheck.example.org/</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make and is the default reviewer of verdicts. The default case file opens when no other was used last. Reports name the organisation as publisher, with its web address; each report&apos;s own address (its article URL) is asked for when it is exported.</source>
        <translation>Ihr Name wird bei jeder Ihrer Änderungen festgehalten und ist der voreingestellte Prüfer von Urteilen. Die voreingestellte Falldatei wird geöffnet, wenn zuletzt keine andere verwendet wurde. Berichte nennen die Organisation als Herausgeber, mit ihrer Webadresse; die eigene Adresse jedes Berichts (seine Artikel-URL) wird beim Export erfragt.</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>&amp;Webadresse der Organisation</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; it changes the next time FactDesk starts</source>
        <translation>Menüs, Schaltflächen und Meldungen; sie ändert sich beim nächsten Start von FactDesk</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Sprache der Berichte</translation>
    </message>
    <message>
        <source>The headings, dates and numbers of the reports you export; claims, evidence and rating labels stay as written</source>
        <translation>Überschriften, Daten und Zahlen der Berichte, die Sie exportieren; Behauptungen, Belege und Bewertungsnamen bleiben, wie sie geschrieben sind</translation>
    </message>
    <message>
        <source>Preview of a report in the chosen language</source>
        <translation>Vorschau eines Berichts in der gewählten Sprache</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>&amp;Default case file</source>
        <translation>&amp;Standard-Fallakte</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Sprache des &amp;Fensters</translation>
    </message>
    <message>
        <source>&amp;Report language</source>
        <translation>Sprache der &amp;Berichte</translation>
    </message>
    <message>
        <source>The sample case&apos;s report in this language:</source>
        <translation>Der Bericht des Beispielfalls in dieser Sprache:</translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message>
        <source>Checked before? Similar claims in this case file:</source>
        <translation>Schon geprüft? Ähnliche Behauptungen in dieser Fallakte:</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>Ähnliche Behauptungen</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open that claim instead</source>
        <translation>Eingabetaste oder Doppelklick öffnet stattdessen diese Behauptung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the similar claims warning for this claim</source>
        <translation>Den Hinweis auf ähnliche Behauptungen für diese Behauptung ausblenden</translation>
    </message>
    <message>
        <source>Stop showing this warning for this claim</source>
        <translation>Diesen Hinweis für diese Behauptung nicht mehr zeigen</translation>
    </message>
    <message>
        <source>{by} on {date}: {rating}</source>
        <translation>{by} am {date}: {rating}</translation>
    </message>
    <message>
        <source>{by}: {rating}</source>
        <translation>{by}: {rating}</translation>
    </message>
    <message>
        <source>
Checked by </source>
        <translation>
Geprüft von </translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln weitere)</numerusform>
            <numerusform>(+%Ln weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlRow</name>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {field} in the browser</source>
        <translation>{field} im Browser öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser</source>
        <translation>Diese Adresse im Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rating shown</source>
        <translation>Angezeigte Bewertung</translation>
    </message>
    <message>
        <source>Verdict summary</source>
        <translation>Zusammenfassung des Urteils</translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation>Das Urteil in einer Zeile</translation>
    </message>
    <message>
        <source>Rationale (Markdown)</source>
        <translation>Begründung (Markdown)</translation>
    </message>
    <message>
        <source>Why this rating: what the evidence shows, in Markdown (# heading, *emphasis*, - lists, [links](https://…))</source>
        <translation>Warum diese Bewertung: was die Belege zeigen, in Markdown (# Überschrift, *Betonung*, - Listen, [Links](https://…))</translation>
    </message>
    <message>
        <source>Rationale preview</source>
        <translation>Vorschau der Begründung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview the rationale</source>
        <translation>Begründung in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Show the rationale as readers will see it (Ctrl+Shift+V)</source>
        <translation>Die Begründung zeigen, wie Leser sie sehen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>now, or {format}</source>
        <translation>jetzt, oder {format}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Urteil löschen</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Das Urteil löschen</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Die Behauptung als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Set the claim&apos;s status to Published (Ctrl+Shift+P)</source>
        <translation>Den Status der Behauptung auf Veröffentlicht setzen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>&amp;Prüfer</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Ready to publish?</source>
        <translation>Bereit zur Veröffentlichung?</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Draft — not rated yet</source>
        <translation>Entwurf — noch nicht bewertet</translation>
    </message>
    <message>
        <source>*No rationale yet.*</source>
        <translation>*Noch keine Begründung.*</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline fact-checking workstation: claims, evidence and verdicts in one case file.</source>
        <translation>Ein Offline-Arbeitsplatz für Faktenchecks: Behauptungen, Belege und Urteile in einer Fallakte.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6 {version}) and SQLite.</source>
        <translation>Erstellt mit Qt for Python (PySide6 {version}) und SQLite.</translation>
    </message>
    <message>
        <source>About FactDesk</source>
        <translation>Über FactDesk</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{path} is damaged and was not restored.</source>
        <translation>{path} ist beschädigt und wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>Die Fallakte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{problem}

Open a case file on this computer instead, or create a new one?</source>
        <translation>{problem}

Stattdessen eine Fallakte auf diesem Computer öffnen oder eine neue anlegen?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Andere öffnen…</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Neue Fallakte…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Fallakte öffnen</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Neue Fallakte</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>FactDesk hit an unexpected error: {error}

Your saved work is safe: every edit is saved as you make it.</source>
        <translation>FactDesk ist auf einen unerwarteten Fehler gestoßen: {error}

Ihre gespeicherte Arbeit ist sicher: Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Details were written to {log}.</source>
        <translation>Einzelheiten stehen in {log}.</translation>
    </message>
</context>
<context>
    <name>attach_worker</name>
    <message>
        <source>Reading files to attach</source>
        <translation>Anzuhängende Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Storing in the case file</source>
        <translation>Wird in der Fallakte gespeichert</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Dateien werden angehängt</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Back up case file</source>
        <translation>Fallakte sichern</translation>
    </message>
    <message>
        <source>FactDesk case files (*.factdesk)</source>
        <translation>FactDesk-Fallakten (*.factdesk)</translation>
    </message>
    <message>
        <source>{when} ({age}, {why}, {size})</source>
        <translation>{when} ({age}, {why}, {size})</translation>
    </message>
    <message>
        <source>

It is listed in File → Restore from backup….</source>
        <translation>

Sie steht unter Datei → Aus Sicherung wiederherstellen….</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>A verified copy of {name} was written to
{path}
({size}).</source>
        <translation>Eine geprüfte Kopie von {name} wurde geschrieben nach
{path}
({size}).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>No copy was written.</source>
        <translation>Es wurde keine Kopie geschrieben.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {backup}?

The current file is kept aside as a backup first.</source>
        <translation>{name} durch die Sicherung vom {backup} ersetzen?

Die aktuelle Datei wird zuvor als Sicherung beiseitegelegt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file it replaced is kept at {path}.</source>
        <translation>Die ersetzte Datei liegt in {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} wurde aus der Sicherung vom {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database structure, the links between records, every attachment&apos;s fingerprint and the search index all check out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datenbankstruktur, Verknüpfungen zwischen Datensätzen, der Fingerabdruck jedes Anhangs und der Suchindex sind in Ordnung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bundle_transfer</name>
    <message>
        <source>kept mine</source>
        <translation>meine behalten</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>ihre übernommen</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>beide behalten</translation>
    </message>
    <message>
        <source>Claim bundles (*{suffix});;All files (*)</source>
        <translation>Behauptungspakete (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is imported.</source>
        <translation>{name} ist importiert.</translation>
    </message>
    <message>
        <source>Added: {claims}</source>
        <translation>Hinzugefügt: {claims}</translation>
    </message>
    <message>
        <source>Updated: {claims}</source>
        <translation>Aktualisiert: {claims}</translation>
    </message>
    <message>
        <source>Unchanged: {claims}</source>
        <translation>Unverändert: {claims}</translation>
    </message>
    <message>
        <source>Conflicts settled: {count} ({how})</source>
        <translation>Geklärte Konflikte: {count} ({how})</translation>
    </message>
    <message>
        <source>Conflicts settled: none</source>
        <translation>Geklärte Konflikte: keine</translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Belege: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Warnungen: keine</translation>
    </message>
    <message>
        <source>The case file was backed up just before the import; File → Restore from backup… lists that copy.</source>
        <translation>Die Fallakte wurde direkt vor dem Import gesichert; Datei → Aus Sicherung wiederherstellen… zeigt diese Kopie.</translation>
    </message>
</context>
<context>
    <name>case_safety</name>
    <message>
        <source>Not a case file</source>
        <translation>Keine Fallakte</translation>
    </message>
    <message>
        <source>today&apos;s backup of {name} could not be made ({problem}).</source>
        <translation>die heutige Sicherung von {name} konnte nicht erstellt werden ({problem}).</translation>
    </message>
</context>
<context>
    <name>claim_comparison</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Keine Belege</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Not rated yet (draft)</source>
        <translation>Noch nicht bewertet (Entwurf)</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>Geprüft von {reviewer}</translation>
    </message>
    <message>
        <source>(differs further on)</source>
        <translation>(unterscheidet sich weiter hinten)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message>
        <source>⚠ capture integrity failed</source>
        <translation>⚠ Integrität der Aufnahme verletzt</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(Beleg ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln angehängte Datei</numerusform>
            <numerusform>%Ln angehängte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Source {grade}: {meaning}</source>
        <translation>Quelle {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Information {grade}: {meaning}</source>
        <translation>Information {grade}: {meaning}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (UTC)</source>
        <translation>JJJJ-MM-TT HH:MM (UTC)</translation>
    </message>
</context>
<context>
    <name>file_import</name>
    <message>
        <source>choose the field of each column (one must be the claim), then Update preview</source>
        <translation>wählen Sie das Feld jeder Spalte (eine muss die Behauptung sein), dann Vorschau aktualisieren</translation>
    </message>
</context>
<context>
    <name>history_pane</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message>
        <source>New claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <source>Added to a claim here</source>
        <translation>Zu einer Behauptung hier hinzugefügt</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>Changed here: kept</source>
        <translation>Hier geändert: behalten</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Choose what each column holds (one must be the claim), then Update preview.</source>
        <translation>Wählen Sie, was jede Spalte enthält (eine muss die Behauptung sein), dann Vorschau aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln Behauptung hinzuzufügen</numerusform>
            <numerusform>%Ln Behauptungen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to add to or update</source>
        <translation>{count} zu ergänzen oder zu aktualisieren</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) changed here (kept as they are)</source>
        <translation>
            <numerusform>%Ln Behauptung hier geändert (bleibt, wie sie ist)</numerusform>
            <numerusform>%Ln Behauptungen hier geändert (bleiben, wie sie sind)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Belege: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>, {count} kept as edited here</source>
        <translation>, {count} wie hier bearbeitet behalten</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Beide behalten (ihre als Kopie hinzufügen)</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>meine behalten</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>ihre übernehmen</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>beide behalten</translation>
    </message>
    <message>
        <source>Keep this case file&apos;s version of what conflicts; the rest of theirs is merged.</source>
        <translation>Bei Konflikten die Fassung dieser Fallakte behalten; der Rest der anderen wird übernommen.</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s version; yours stays in the claim&apos;s history.</source>
        <translation>Die Fassung des Pakets übernehmen; Ihre bleibt im Verlauf der Behauptung.</translation>
    </message>
    <message>
        <source>Add the bundle&apos;s claim as a new claim, linked to yours; yours is left alone.</source>
        <translation>Die Behauptung des Pakets als neue hinzufügen, mit Ihrer verknüpft; Ihre bleibt unberührt.</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} aktualisiert</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} im Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln Behauptung hinzuzufügen</numerusform>
            <numerusform>%Ln Behauptungen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} zu aktualisieren</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) ({how})</source>
        <translation>
            <numerusform>%Ln Konflikt ({how})</numerusform>
            <numerusform>%Ln Konflikte ({how})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Belege: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>, {count} in conflict</source>
        <translation>, {count} im Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>keine Belege</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>the claim itself (text, claimant, status, tags or verdict)</source>
        <translation>die Behauptung selbst (Wortlaut, Urheber, Status, Schlagwörter oder Urteil)</translation>
    </message>
    <message>
        <source>evidence “{title}”</source>
        <translation>Beleg „{title}“</translation>
    </message>
    <message>
        <source>Both versions differ and this case file&apos;s copy was not imported from a bundle</source>
        <translation>Beide Fassungen unterscheiden sich, und die Kopie dieser Fallakte stammt nicht aus einem Paket</translation>
    </message>
    <message>
        <source>Changed here since it was last imported, and changed in the bundle too</source>
        <translation>Hier seit dem letzten Import geändert und auch im Paket geändert</translation>
    </message>
    <message>
        <source>{why}: {reasons}.</source>
        <translation>{why}: {reasons}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>FactDesk case files (*{suffix});;All files (*)</source>
        <translation>FactDesk-Fallakten (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>publishing</name>
    <message>
        <source>• {rule}: {detail}</source>
        <translation>• {rule}: {detail}</translation>
    </message>
    <message>
        <source>Publish anyway?</source>
        <translation>Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>This fact-check does not meet every rule yet:

{rules}

Publish anyway? The history will record the rules it was published without.</source>
        <translation>Dieser Faktencheck erfüllt noch nicht jede Regel:

{rules}

Trotzdem veröffentlichen? Der Verlauf hält fest, welche Regeln bei der Veröffentlichung nicht erfüllt waren.</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Trotzdem veröffentlichen</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… und %Ln weiterer.</numerusform>
            <numerusform>… und %Ln weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scale_commands</name>
    <message>
        <source>label</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Change rating {names}</source>
        <translation>Bewertung {names} ändern</translation>
    </message>
    <message>
        <source>Reorder the rating scale</source>
        <translation>Bewertungsskala umordnen</translation>
    </message>
    <message>
        <source>Merge rating into {rating}</source>
        <translation>Bewertung mit {rating} zusammenführen</translation>
    </message>
    <message>
        <source>Map rating label {label}</source>
        <translation>Bewertungsnamen {label} zuordnen</translation>
    </message>
    <message>
        <source>Dismiss “checked before?”</source>
        <translation>„Schon geprüft?“ ausblenden</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Supports the claim</source>
        <translation>Stützt die Behauptung</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>Widerlegt die Behauptung</translation>
    </message>
    <message>
        <source>Gives context</source>
        <translation>Liefert Kontext</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>In Recherche</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fact-check</source>
        <translation>Faktencheck</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Photo, video or audio</source>
        <translation>Foto, Video oder Audio</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message>
        <source>Change claim {fields}</source>
        <translation>Behauptung ändern: {fields}</translation>
    </message>
    <message>
        <source>Change evidence {fields}</source>
        <translation>Beleg ändern: {fields}</translation>
    </message>
    <message>
        <source>Change verdict {fields}</source>
        <translation>Urteil ändern: {fields}</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <source>Delete claim “{claim}”</source>
        <translation>Behauptung „{claim}“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln claims</source>
        <translation>
            <numerusform>%Ln Behauptung löschen</numerusform>
            <numerusform>%Ln Behauptungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Beleg verschieben</translation>
    </message>
    <message>
        <source>Delete evidence “{title}”</source>
        <translation>Beleg „{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Beleg löschen</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Remove attachment {file}</source>
        <translation>Anhang {file} entfernen</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Urteil löschen</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Die Behauptung als veröffentlicht markieren</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
