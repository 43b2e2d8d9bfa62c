<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>About the attachment</source>
        <translation>À propos de la pièce jointe</translation>
    </message>
    <message>
        <source>Capture integrity warning</source>
        <translation>Alerte d&apos;intégrité de la capture</translation>
    </message>
    <message>
        <source>The same picture elsewhere in the case</source>
        <translation>La même image ailleurs dans le dossier</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>Voir la capture</translation>
    </message>
    <message>
        <source>View the archived page, made inert</source>
        <translation>Voir la page archivée, rendue inerte</translation>
    </message>
    <message>
        <source>Open the archived page in your browser with its scripts removed and every request blocked: viewing it never contacts the site</source>
        <translation>Ouvre la page archivée dans le navigateur, scripts retirés et requêtes bloquées : la consulter ne contacte jamais le site</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Voir sur la carte</translation>
    </message>
    <message>
        <source>Show where the photo was taken on OpenStreetMap</source>
        <translation>Montrer sur OpenStreetMap où la photo a été prise</translation>
    </message>
    <message>
        <source>Open the photo&apos;s GPS position on OpenStreetMap in your browser</source>
        <translation>Ouvrir la position GPS de la photo sur OpenStreetMap dans le navigateur</translation>
    </message>
    <message>
        <source>⚠ Capture integrity failed: {detail}</source>
        <translation>⚠ Échec de l&apos;intégrité de la capture : {detail}</translation>
    </message>
    <message>
        <source>Page text: {text}</source>
        <translation>Texte de la page : {text}</translation>
    </message>
    <message>
        <source>The same picture elsewhere in this case:</source>
        <translation>La même image ailleurs dans ce dossier :</translation>
    </message>
    <message>
        <source>• {file} — claim “{claim}” ({id})</source>
        <translation>• {file} — affirmation « {claim} » ({id})</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the capture for viewing</source>
        <translation>Préparation de la capture pour l&apos;affichage</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Web captures (WARC, WACZ, MHTML, saved pages) are verified and their page text is searchable.</source>
        <translation>Déposez des fichiers ici pour les joindre. Les captures web (WARC, WACZ, MHTML, pages enregistrées) sont vérifiées et leur texte est cherchable.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Enregistrer une copie de la pièce jointe</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message numerus="yes">
        <source>{file}
{type}, %Ln byte(s)
SHA-256 {sha256}</source>
        <translation>
            <numerusform>{file}
{type}, %Ln octet
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}, %Ln octets
SHA-256 {sha256}</numerusform>
        </translation>
    </message>
    <message>
        <source>Web capture ({format}): {state}</source>
        <translation>Capture web ({format}) : {state}</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>Attach files to the evidence item</source>
        <translation>Joindre des fichiers à l&apos;élément de preuve</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>{file} is not a picture, a PDF or plain text (it says it is {type}). Files of other kinds can run programs when opened, so FactDesk does not open them. Save a copy to look at it with a program you trust.</source>
        <translation>{file} n&apos;est ni une image, ni un PDF, ni du texte brut (il se dit {type}). Les fichiers d&apos;autres types peuvent lancer des programmes à l&apos;ouverture, donc FactDesk ne les ouvre pas. Enregistrez une copie pour l&apos;examiner avec un programme de confiance.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <source>There are no claims in this case file to export.</source>
        <translation>Ce dossier ne contient aucune affirmation à exporter.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation>Export du paquet</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>Le paquet n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>Bundle export cancelled; no file was written.</source>
        <translation>Export du paquet annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Bundle written to {path}</source>
        <translation>Paquet écrit dans {path}</translation>
    </message>
    <message>
        <source>Exported {claims}, {evidence} and {files} to
{path}
({size}).</source>
        <translation>{claims}, {evidence} et {files} exportés vers
{path}
({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln élément de preuve</numerusform>
            <numerusform>%Ln éléments de preuve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln fichier joint</numerusform>
            <numerusform>%Ln fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquet exporté</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Reading bundle</source>
        <translation>Lecture du paquet</translation>
    </message>
    <message>
        <source>The bundle cannot be imported</source>
        <translation>Le paquet ne peut pas être importé</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>Import du paquet</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>Rien n&apos;a été importé ; le dossier est resté tel quel</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été importé ; le dossier est resté tel quel.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>{case} cannot be reached; nothing was saved. Try again when the window is back online.</source>
        <translation>{case} est injoignable ; rien n&apos;a été enregistré. Réessayez quand la fenêtre sera de nouveau en ligne.</translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>Checking the case file</source>
        <translation>Vérification du dossier</translation>
    </message>
    <message>
        <source>The case file could not be checked: {problem}</source>
        <translation>Le dossier n&apos;a pas pu être vérifié : {problem}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check case file</source>
        <translation>Vérifier le dossier</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>The case file is read-only.</source>
        <translation>Le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>Repair failed</source>
        <translation>La réparation a échoué</translation>
    </message>
</context>
<context>
    <name>ClaimComparison</name>
    <message>
        <source>The two versions of the claim</source>
        <translation>Les deux versions de l&apos;affirmation</translation>
    </message>
    <message>
        <source>In this case file (mine)</source>
        <translation>Dans ce dossier (la mienne)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>Dans le paquet (la leur)</translation>
    </message>
    <message>
        <source>{field}: the two versions differ</source>
        <translation>{field} : les deux versions diffèrent</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim text</source>
        <translation>Texte de l&apos;affirmation</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>L&apos;affirmation, mot pour mot, telle qu&apos;elle a été faite</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Qui a fait l&apos;affirmation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Où l&apos;affirmation est apparue (URL)</translation>
    </message>
    <message>
        <source>Where the claim appeared (title)</source>
        <translation>Où l&apos;affirmation est apparue (titre)</translation>
    </message>
    <message>
        <source>Title of the page, programme or post</source>
        <translation>Titre de la page, de l&apos;émission ou du message</translation>
    </message>
    <message>
        <source>Date the claim appeared</source>
        <translation>Date d&apos;apparition de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Working notes on the claim</source>
        <translation>Notes de travail sur l&apos;affirmation</translation>
    </message>
    <message>
        <source>Working notes: open questions, leads, what to check next (not published)</source>
        <translation>Notes de travail : questions ouvertes, pistes, quoi vérifier ensuite (non publiées)</translation>
    </message>
    <message>
        <source>Cla&amp;im</source>
        <translation>Affir&amp;mation</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Apparue &amp;sur</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;re</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>The claim text must not be empty; the previous text was kept.</source>
        <translation>Le texte de l&apos;affirmation ne peut pas être vide ; le texte précédent a été conservé.</translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message>
        <source>Search claims, evidence, verdicts…</source>
        <translation>Chercher affirmations, preuves, verdicts…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Chercher des affirmations</translation>
    </message>
    <message>
        <source>Full-text search over claims, evidence and verdicts (Ctrl+F)</source>
        <translation>Recherche plein texte dans les affirmations, preuves et verdicts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Ministère de la Défense</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En recherche</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Plutôt faux</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Number of claims shown</source>
        <translation>Nombre d&apos;affirmations affichées</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Tout verdict</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) found</source>
        <translation>
            <numerusform>%Ln affirmation trouvée</numerusform>
            <numerusform>%Ln affirmations trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimScopeBox</name>
    <message>
        <source>The selected claim: {claim}</source>
        <translation>L&apos;affirmation sélectionnée : {claim}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected claim(s)</source>
        <translation>
            <numerusform>L&apos;affirmation sélectionnée (%Ln)</numerusform>
            <numerusform>Les %Ln affirmations sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected claims</source>
        <translation>Les affirmations sélectionnées</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <source>Claims &amp;tagged</source>
        <translation>Affirmations &amp;étiquetées</translation>
    </message>
    <message>
        <source>Claims with a tag</source>
        <translation>Affirmations avec une étiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Mise à jour {when}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else: {field}</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre : {field}</translation>
    </message>
    <message>
        <source>Save refused: two versions of a field</source>
        <translation>Enregistrement refusé : deux versions d&apos;un champ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{who} changed the {field} at {when} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} a modifié le champ « {field} » le {when}, après que vous l&apos;avez chargé : votre modification n&apos;a donc pas été enregistrée. Rien n&apos;est perdu : choisissez la version à garder.</translation>
    </message>
    <message>
        <source>{who} changed the {field} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} a modifié le champ « {field} » après que vous l&apos;avez chargé : votre modification n&apos;a donc pas été enregistrée. Rien n&apos;est perdu : choisissez la version à garder.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}, {when}</source>
        <translation>La sienne — enregistrée par {who}, {when}</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}</source>
        <translation>La sienne — enregistrée par {who}</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Yours — not saved yet</source>
        <translation>La vôtre — pas encore enregistrée</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>Prendre sa version</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit my version before saving it</source>
        <translation>Modifier ma version avant de l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Write the version to keep, from both, then save it</source>
        <translation>Rédigez à partir des deux la version à garder, puis enregistrez-la</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Enregistrer ma version</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>Se connecter au serveur de l&apos;équipe</translation>
    </message>
    <message>
        <source>The address your desk&apos;s administrator gave you, such as
{example}

Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: FactDesk does not store or show them.</source>
        <translation>L&apos;adresse que l&apos;administrateur de votre rédaction vous a donnée, par exemple
{example}

Les mots de passe viennent de ~/.pgpass ou d&apos;un fichier de service PostgreSQL, jamais d&apos;ici : FactDesk ne les conserve ni ne les affiche.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>Comment se connecter</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problème avec l&apos;adresse</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Not a server address: a server address starts with postgresql://.</source>
        <translation>Ce n&apos;est pas une adresse de serveur : une adresse de serveur commence par postgresql://.</translation>
    </message>
    <message>
        <source>Not a server address: {reason}.</source>
        <translation>Ce n&apos;est pas une adresse de serveur : {reason}.</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Case file damaged</source>
        <translation>Dossier endommagé</translation>
    </message>
    <message>
        <source>The newest sound backup is from {backup}.</source>
        <translation>La sauvegarde saine la plus récente date du {backup}.</translation>
    </message>
    <message>
        <source>No backup of it was found. Keep the file: a data-recovery tool may still save much of it.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée. Gardez le fichier : un outil de récupération de données peut encore en sauver une grande partie.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Other backups…</source>
        <translation>Autres sauvegardes…</translation>
    </message>
</context>
<context>
    <name>DateProblem</name>
    <message>
        <source>Problem with the date</source>
        <translation>Problème de date</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Changed elsewhere: what changed</source>
        <translation>Modifié ailleurs : ce qui a changé</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Prendre l&apos;autre version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>The {field} was changed elsewhere while you were typing. Your text is kept. Theirs: “{text}”</source>
        <translation>Le champ {field} a été modifié ailleurs pendant que vous écriviez. Votre texte est conservé. L&apos;autre : « {text} »</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>This case file has no claims yet</source>
        <translation>Ce dossier ne contient encore aucune affirmation</translation>
    </message>
    <message>
        <source>Start with a claim you want to check, or open the sample case — a worked fact-check with evidence, grading and a verdict — to see how FactDesk is used.</source>
        <translation>Commencez par une affirmation à vérifier, ou ouvrez le dossier d&apos;exemple — une vérification complète avec preuves, cotation et verdict — pour voir comment FactDesk s&apos;utilise.</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>Ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>Add a new claim</source>
        <translation>Ajouter une nouvelle affirmation</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>How reliable the source is, from its track record (Admiralty code A–F).</source>
        <translation>La fiabilité de la source, d&apos;après ses antécédents (code de l&apos;Amirauté A–F).</translation>
    </message>
    <message>
        <source>How credible this piece of information is on its own (Admiralty code 1–6).</source>
        <translation>La crédibilité de cette information en elle-même (code de l&apos;Amirauté 1–6).</translation>
    </message>
    <message>
        <source>Headline or name of the document</source>
        <translation>Titre ou nom du document</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la preuve</translation>
    </message>
    <message>
        <source>Outlet, institution or agency</source>
        <translation>Média, institution ou agence</translation>
    </message>
    <message>
        <source>When you read or saved the source, in UTC; filled in with now when you enter the URL</source>
        <translation>Quand vous avez lu ou enregistré la source, en UTC ; rempli avec l&apos;heure actuelle quand vous saisissez l&apos;URL</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Non coté</translation>
    </message>
    <message>
        <source>The passage that matters, quoted exactly</source>
        <translation>Le passage qui compte, cité exactement</translation>
    </message>
    <message>
        <source>Your notes: how you found it, what to check</source>
        <translation>Vos notes : comment vous l&apos;avez trouvée, quoi vérifier</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Type de preuve</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Titre de la preuve</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Date de consultation</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Crédibilité de l&apos;information</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Notes sur la preuve</translation>
    </message>
    <message>
        <source>Acc&amp;essed</source>
        <translation>Con&amp;sultée</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>Cré&amp;dibilité</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;re</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>Pu&amp;bliée</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Stan&amp;ce</source>
        <translation>Posi&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Fiabilité</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>E&amp;xtrait</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop a web address or a file here to add it as evidence.</source>
        <translation>Faites glisser pour réordonner. Déposez ici une adresse web ou un fichier pour l&apos;ajouter comme preuve.</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>&amp;Ajouter une preuve</translation>
    </message>
    <message>
        <source>Add an evidence item to this claim (Ctrl+E)</source>
        <translation>Ajouter un élément de preuve à cette affirmation (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Supprimer la preuve</translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation>Monter la preuve</translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation>Descendre la preuve</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Élément de preuve</translation>
    </message>
    <message>
        <source>Evidence item {n} of {total}</source>
        <translation>Élément de preuve {n} sur {total}</translation>
    </message>
    <message>
        <source>Add dropped evidence</source>
        <translation>Ajouter la preuve déposée</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Affirmations à exporter</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file</source>
        <translation>
            <numerusform>L&apos;affirmation de ce dossier (%Ln)</numerusform>
            <numerusform>Les %Ln affirmations de ce dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim</source>
        <translation>L&apos;unique affirmation</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>Titre du paquet</translation>
    </message>
    <message>
        <source>Optional, shown to whoever imports it</source>
        <translation>Facultatif, montré à qui l&apos;importe</translation>
    </message>
    <message>
        <source>A bundle holds the claims with their evidence, attached files and verdicts. A colleague adds it to their case file with File → Import bundle…; claims they already have are updated or shown as conflicts, never duplicated.</source>
        <translation>Un paquet contient les affirmations avec leurs preuves, fichiers joints et verdicts. Un collègue l&apos;ajoute à son dossier avec Fichier → Importer un paquet… ; les affirmations qu&apos;il a déjà sont mises à jour ou signalées comme conflits, jamais dupliquées.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Rapport sur</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file, oldest first</source>
        <translation>
            <numerusform>L&apos;affirmation de ce dossier (%Ln)</numerusform>
            <numerusform>Les %Ln affirmations de ce dossier, de la plus ancienne à la plus récente</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim in this case file</source>
        <translation>L&apos;unique affirmation de ce dossier</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <source>Optional headline (a single claim is headed by the claim itself)</source>
        <translation>Titre facultatif (une affirmation seule sert elle-même de titre)</translation>
    </message>
    <message>
        <source>Adds the notes on claims and evidence, and marks every page “Internal review copy — not for publication”. Leave it off for a report you publish.</source>
        <translation>Ajoute les notes sur les affirmations et les preuves, et marque chaque page «&#xa0;Copie de relecture interne — ne pas publier&#xa0;». Laissez-le décoché pour un rapport que vous publiez.</translation>
    </message>
    <message>
        <source>Published by (organisation)</source>
        <translation>Publié par (organisation)</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking organisation</source>
        <translation>Votre rédaction ou organisation de vérification</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Adresse web de l&apos;organisation</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/ (remembered)</source>
        <translation>https://factcheck.example.org/ (mémorisée)</translation>
    </message>
    <message>
        <source>Article URL of this report</source>
        <translation>URL de l&apos;article de ce rapport</translation>
    </message>
    <message>
        <source>https://… the page this report will be published as</source>
        <translation>https://… la page sous laquelle ce rapport sera publié</translation>
    </message>
    <message>
        <source>The address of the published fact-check: search engines read it from the report&apos;s ClaimReview data. Leave it empty if it is not known yet.</source>
        <translation>L&apos;adresse de la vérification publiée&#xa0;: les moteurs de recherche la lisent dans les données ClaimReview du rapport. Laissez-la vide si elle n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>What must be fixed before exporting</source>
        <translation>Ce qu&apos;il faut corriger avant l&apos;export</translation>
    </message>
    <message>
        <source>{problem}. Type the name of the organisation that publishes this fact-check, or include the working notes for an internal review copy.</source>
        <translation>{problem}. Saisissez le nom de l&apos;organisation qui publie cette vérification, ou incluez les notes de travail pour une copie de relecture interne.</translation>
    </message>
    <message>
        <source>The article URL is your organisation&apos;s web address: complete it with the address of this fact-check&apos;s own page, or clear it to export without one.</source>
        <translation>L&apos;URL de l&apos;article est l&apos;adresse web de votre organisation&#xa0;: complétez-la avec l&apos;adresse de la page de cette vérification, ou effacez-la pour exporter sans.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Include &amp;working notes</source>
        <translation>Inclure les notes de &amp;travail</translation>
    </message>
    <message>
        <source>An internal review copy, marked on every page as not for publication</source>
        <translation>Une copie de relecture interne, marquée sur chaque page comme à ne pas publier</translation>
    </message>
    <message>
        <source>What including the working notes makes</source>
        <translation>Ce que donne l&apos;inclusion des notes de travail</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings, dates and numbers; the claims, evidence and rating labels stay as written</source>
        <translation>La langue des titres, dates et nombres du rapport ; les affirmations, les preuves et les libellés des verdicts restent tels qu&apos;écrits</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Published &amp;by</source>
        <translation>Publié &amp;par</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>Adresse &amp;web de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Article URL</source>
        <translation>URL de l&apos;&amp;article</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
</context>
<context>
    <name>ExportSpreadsheetDialog</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exporter un tableur</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Affirmations à exporter</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s)</source>
        <translation>
            <numerusform>L&apos;affirmation (%Ln)</numerusform>
            <numerusform>Les %Ln affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;evidence item (with its claim&apos;s id)</source>
        <translation>Une ligne par élément de &amp;preuve (avec l&apos;id de son affirmation)</translation>
    </message>
    <message>
        <source>One row per evidence item</source>
        <translation>Une ligne par élément de preuve</translation>
    </message>
    <message>
        <source>CSV in UTF-8, readable by Excel, LibreOffice and Google Sheets. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>CSV en UTF-8, lisible par Excel, LibreOffice et Google Sheets. Les cellules qu&apos;un tableur exécuterait comme formule sont écrites précédées d&apos;une apostrophe.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Fact-checks, spreadsheets and citations ({patterns});;All files (*)</source>
        <translation>Vérifications, tableurs et références ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>The files cannot be imported</source>
        <translation>Les fichiers ne peuvent pas être importés</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>Rien n&apos;a été importé ; le dossier est resté tel quel</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été importé ; le dossier est resté tel quel.</translation>
    </message>
    <message>
        <source>Imported {names}</source>
        <translation>Importé : {names}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exporter un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Tableurs (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting spreadsheet</source>
        <translation>Export du tableur</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>Le tableur n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Spreadsheet written to {path}</source>
        <translation>Tableur écrit dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln evidence item(s) to
{path}</source>
        <translation>
            <numerusform>%Ln élément de preuve écrit dans
{path}</numerusform>
            <numerusform>%Ln éléments de preuve écrits dans
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln claim(s) to
{path}</source>
        <translation>
            <numerusform>%Ln affirmation écrite dans
{path}</numerusform>
            <numerusform>%Ln affirmations écrites dans
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Tableur exporté</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History of the claim</source>
        <translation>Historique de l&apos;affirmation</translation>
    </message>
</context>
<context>
    <name>ImportFilesDialog</name>
    <message>
        <source>Import — preview</source>
        <translation>Import — aperçu</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>As &amp;evidence: each fact-check is evidence on its claim</source>
        <translation>Comme &amp;preuves : chaque vérification est une preuve sur son affirmation</translation>
    </message>
    <message>
        <source>Import fact-checks as evidence</source>
        <translation>Importer les vérifications comme preuves</translation>
    </message>
    <message>
        <source>As &amp;verdicts: the reviews are this newsroom&apos;s own (an archive moving in)</source>
        <translation>Comme &amp;verdicts : les vérifications sont celles de cette rédaction (une archive qui emménage)</translation>
    </message>
    <message>
        <source>Import reviews as verdicts</source>
        <translation>Importer les vérifications comme verdicts</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim {claim}</source>
        <translation>Tout ajouter comme preuves de l&apos;affirmation sélectionnée {claim}</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim (none is selected)</source>
        <translation>Tout ajouter comme preuves de l&apos;affirmation sélectionnée (aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>Add everything to the selected claim</source>
        <translation>Tout ajouter à l&apos;affirmation sélectionnée</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;import</translation>
    </message>
    <message>
        <source>Spreadsheet columns and the field each goes to</source>
        <translation>Colonnes du tableur et le champ de chacune</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Foreign rating labels and the ratings they map to</source>
        <translation>Libellés de verdict extérieurs et les verdicts correspondants</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>What happens to each item</source>
        <translation>Ce qu&apos;il advient de chaque élément</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Warnings about the files</source>
        <translation>Avertissements sur les fichiers</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Mettre à jour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Update the preview with these choices</source>
        <translation>Mettre à jour l&apos;aperçu avec ces choix</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Ratings ({count})</source>
        <translation>&amp;Verdicts ({count})</translation>
    </message>
    <message>
        <source>I&amp;tems ({count})</source>
        <translation>É&amp;léments ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Avertissements ({count})</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Champ pour {column}</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— non importé</translation>
    </message>
    <message>
        <source>Rating for {label}</source>
        <translation>Verdict pour {label}</translation>
    </message>
    <message>
        <source>New rating, off the numeric scale</source>
        <translation>Nouveau verdict, hors de l&apos;échelle numérique</translation>
    </message>
    <message>
        <source>Leave unmapped (keep the label as text)</source>
        <translation>Laisser sans correspondance (garder le libellé comme texte)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle — {name}</source>
        <translation>Importer un paquet — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln élément de preuve</numerusform>
            <numerusform>%Ln éléments de preuve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln fichier joint</numerusform>
            <numerusform>%Ln fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <source>made by {name}</source>
        <translation>créé par {name}</translation>
    </message>
    <message>
        <source>with {program}</source>
        <translation>avec {program}</translation>
    </message>
    <message>
        <source>newest change {date}</source>
        <translation>dernière modification {date}</translation>
    </message>
    <message>
        <source>The bundle&apos;s title</source>
        <translation>Le titre du paquet</translation>
    </message>
    <message>
        <source>About the bundle</source>
        <translation>À propos du paquet</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflits ({count})</translation>
    </message>
    <message>
        <source>&amp;All claims ({count})</source>
        <translation>&amp;Toutes les affirmations ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Avertissements ({count})</translation>
    </message>
    <message>
        <source>When a claim conflicts</source>
        <translation>Quand une affirmation est en conflit</translation>
    </message>
    <message>
        <source>For every &amp;conflict not settled one by one:</source>
        <translation>Pour chaque &amp;conflit non réglé un par un :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Conflicting claims</source>
        <translation>Affirmations en conflit</translation>
    </message>
    <message>
        <source>Why the claim conflicts</source>
        <translation>Pourquoi l&apos;affirmation est en conflit</translation>
    </message>
    <message>
        <source>This claim:</source>
        <translation>Cette affirmation :</translation>
    </message>
    <message>
        <source>Claims in the bundle by what happens to them</source>
        <translation>Affirmations du paquet selon ce qu&apos;il leur arrive</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Nouvelles : ajoutées</translation>
    </message>
    <message>
        <source>Changed in the bundle only: updated</source>
        <translation>Modifiées dans le paquet seulement : mises à jour</translation>
    </message>
    <message>
        <source>The same here: left unchanged</source>
        <translation>Identiques ici : laissées telles quelles</translation>
    </message>
    <message>
        <source>Changed on both sides: conflicts</source>
        <translation>Modifiées des deux côtés : conflits</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings about the bundle</source>
        <translation>Avertissements sur le paquet</translation>
    </message>
    <message>
        <source>No warnings: the bundle matches this case file&apos;s scale.</source>
        <translation>Aucun avertissement : le paquet correspond à l&apos;échelle de ce dossier.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>for every conflict</source>
        <translation>pour chaque conflit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>This case file is read-only: you can read it, but changes cannot be saved. Copy it somewhere writable to work on it.</source>
        <translation>Ce dossier est en lecture seule : vous pouvez le lire, mais les modifications ne peuvent pas être enregistrées. Copiez-le dans un emplacement modifiable pour y travailler.</translation>
    </message>
    <message>
        <source>Read-only case file</source>
        <translation>Dossier en lecture seule</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Se connecter au serveur de l&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <source>Open a case shared by a desk on a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>Ouvrir un dossier partagé par une rédaction sur un serveur PostgreSQL (postgresql://utilisateur@hôte/base)</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;orter…</translation>
    </message>
    <message>
        <source>Import fact-checks (saved pages, ClaimReview feeds), a spreadsheet or citations, after a preview</source>
        <translation>Importer des vérifications (pages enregistrées, flux ClaimReview), un tableur ou des références, après un aperçu</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>Exporter un &amp;tableur…</translation>
    </message>
    <message>
        <source>Write claims or evidence items to a CSV file a spreadsheet program opens</source>
        <translation>Écrire les affirmations ou les preuves dans un fichier CSV qu&apos;ouvre un tableur</translation>
    </message>
    <message>
        <source>&amp;Rating scale…</source>
        <translation>É&amp;chelle des verdicts…</translation>
    </message>
    <message>
        <source>Rename, reorder, colour and merge ratings; see how foreign labels map onto them</source>
        <translation>Renommer, réordonner, colorer et fusionner les verdicts ; voir comment s&apos;y rapportent les libellés extérieurs</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Add the claims of a bundle to this case file, after a preview</source>
        <translation>Ajouter les affirmations d&apos;un paquet à ce dossier, après un aperçu</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>Write claims with their evidence, files and verdicts to a bundle for a colleague</source>
        <translation>Écrire les affirmations avec leurs preuves, fichiers et verdicts dans un paquet pour un collègue</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <source>Write a fact-check report (HTML) on the selected claims or all of them</source>
        <translation>Écrire un rapport de vérification (HTML) sur les affirmations sélectionnées ou sur toutes</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write a verified copy of the case file</source>
        <translation>Écrire une copie vérifiée du dossier</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer depuis une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>Put one of the case file&apos;s backups in its place</source>
        <translation>Remettre à sa place l&apos;une des sauvegardes du dossier</translation>
    </message>
    <message>
        <source>&amp;Check case file</source>
        <translation>&amp;Vérifier le dossier</translation>
    </message>
    <message>
        <source>Check the database, the attachments&apos; fingerprints and the search index</source>
        <translation>Vérifier la base de données, les empreintes des pièces jointes et l&apos;index de recherche</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>&amp;Find claims</source>
        <translation>&amp;Chercher des affirmations</translation>
    </message>
    <message>
        <source>&amp;Show all claims</source>
        <translation>&amp;Afficher toutes les affirmations</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Nouvelle affirmation…</translation>
    </message>
    <message>
        <source>Add a claim to check (Ctrl+N)</source>
        <translation>Ajouter une affirmation à vérifier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Delete the selected claims (it can be undone)</source>
        <translation>Supprimer les affirmations sélectionnées (annulable)</translation>
    </message>
    <message>
        <source>&amp;Claim list</source>
        <translation>&amp;Liste des affirmations</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>Open &amp;sample case</source>
        <translation>Ouvrir le dossier d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;About FactDesk</source>
        <translation>À &amp;propos de FactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;ffirmation</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>P&amp;reuves</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Marquer comme &amp;publiée</translation>
    </message>
    <message>
        <source>{address}   —   team server</source>
        <translation>{address}   —   serveur de l&apos;équipe</translation>
    </message>
    <message>
        <source>No other case files yet</source>
        <translation>Pas encore d&apos;autres dossiers</translation>
    </message>
    <message>
        <source>Back online: the server answers again.</source>
        <translation>De nouveau en ligne : le serveur répond à nouveau.</translation>
    </message>
    <message>
        <source>Offline: the server of {case} cannot be reached. What you type stays in the fields and is saved when the connection is back.</source>
        <translation>Hors ligne : le serveur de {case} est injoignable. Ce que vous tapez reste dans les champs et sera enregistré au retour de la connexion.</translation>
    </message>
    <message>
        <source>{name} — FactDesk (read-only)</source>
        <translation>{name} — FactDesk (lecture seule)</translation>
    </message>
    <message>
        <source>{name} — FactDesk</source>
        <translation>{name} — FactDesk</translation>
    </message>
    <message>
        <source>The case file was made safe</source>
        <translation>Le dossier a été sécurisé</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Attention : {problem}</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>{path} already exists. Use File → Open case file… to open it.</source>
        <translation>{path} existe déjà. Utilisez Fichier → Ouvrir un dossier… pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Delete this claim with its evidence, attachments and verdict?

“{claim}”

Edit → Undo brings it back.</source>
        <translation>Supprimer cette affirmation avec ses preuves, pièces jointes et verdict ?

« {claim} »

Édition → Annuler la rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer cette affirmation (%Ln) avec ses preuves, pièces jointes et verdict ?

Édition → Annuler la rétablit.</numerusform>
            <numerusform>Supprimer ces %Ln affirmations avec leurs preuves, pièces jointes et verdicts ?

Édition → Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>Supprimer les affirmations</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>This case file already has claims. Add the sample claims to it, or create a new case file for the sample case?</source>
        <translation>Ce dossier contient déjà des affirmations. Y ajouter celles de l&apos;exemple, ou créer un nouveau dossier pour l&apos;exemple ?</translation>
    </message>
    <message>
        <source>Add to this case file</source>
        <translation>Ajouter à ce dossier</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>The settings could not be saved ({problem}).</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés ({problem}).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to FactDesk</source>
        <translation>Bienvenue dans FactDesk</translation>
    </message>
    <message>
        <source>Your name goes into the history of every change you make and onto the verdicts you review. You can change it later (Edit → Settings…).</source>
        <translation>Votre nom figure dans l&apos;historique de chacune de vos modifications et sur les verdicts que vous relisez. Vous pourrez le changer plus tard (Édition → Réglages…).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Votre nom, tel que vos collègues le connaissent</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Texte de l&apos;affirmation</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>L&apos;affirmation, mot pour mot, telle qu&apos;elle a été faite</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Qui a fait l&apos;affirmation</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Où l&apos;affirmation est apparue (URL)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Checked before? Similar claims already in this case file:</source>
        <translation>Déjà vérifiée ? Affirmations semblables dans ce dossier :</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Ajouter l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;ffirmation</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Apparue &amp;sur</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>Colleagues on this claim</source>
        <translation>Collègues sur cette affirmation</translation>
    </message>
    <message>
        <source>Also on this claim: {names}</source>
        <translation>Aussi sur cette affirmation : {names}</translation>
    </message>
    <message>
        <source>Colleagues with a claim open: {names}</source>
        <translation>Collègues ayant une affirmation ouverte : {names}</translation>
    </message>
</context>
<context>
    <name>RatingScaleDialog</name>
    <message>
        <source>Rating scale</source>
        <translation>Échelle des verdicts</translation>
    </message>
    <message>
        <source>Ratings of the scale, most true first</source>
        <translation>Verdicts de l&apos;échelle, du plus vrai au moins vrai</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the rating up the scale</source>
        <translation>Monter le verdict dans l&apos;échelle</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the rating down the scale</source>
        <translation>Descendre le verdict dans l&apos;échelle</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Choose the rating&apos;s colour</source>
        <translation>Choisir la couleur du verdict</translation>
    </message>
    <message>
        <source>Colour from &amp;place</source>
        <translation>Couleur selon la &amp;place</translation>
    </message>
    <message>
        <source>Colour the rating by its place on the scale</source>
        <translation>Colorer le verdict selon sa place dans l&apos;échelle</translation>
    </message>
    <message>
        <source>Rating to merge into</source>
        <translation>Verdict dans lequel fusionner</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Fusionner dans</translation>
    </message>
    <message>
        <source>Merge the selected rating into another</source>
        <translation>Fusionner le verdict sélectionné dans un autre</translation>
    </message>
    <message>
        <source>Relabel every verdict with the selected rating as the chosen one, then remove the selected rating (Edit → Undo takes it back)</source>
        <translation>Réétiqueter chaque verdict portant le verdict sélectionné avec celui choisi, puis retirer le verdict sélectionné (Édition → Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Double-click a label or a value to change it. A rating with no colour of its own is coloured by its place: the most true green, the least true red, ratings off the numeric scale grey.</source>
        <translation>Double-cliquez sur un libellé ou une valeur pour le modifier. Un verdict sans couleur propre est coloré selon sa place : le plus vrai en vert, le moins vrai en rouge, ceux hors de l&apos;échelle numérique en gris.</translation>
    </message>
    <message>
        <source>Foreign rating labels and their ratings</source>
        <translation>Libellés de verdict extérieurs et leurs verdicts</translation>
    </message>
    <message>
        <source>Rating for the selected label</source>
        <translation>Verdict pour le libellé sélectionné</translation>
    </message>
    <message>
        <source>Map &amp;to</source>
        <translation>&amp;Associer à</translation>
    </message>
    <message>
        <source>Map the selected label to the chosen rating</source>
        <translation>Associer le libellé sélectionné au verdict choisi</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forget the selected label&apos;s mapping</source>
        <translation>Oublier la correspondance du libellé sélectionné</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>É&amp;chelle</translation>
    </message>
    <message>
        <source>Foreign &amp;labels</source>
        <translation>&amp;Libellés extérieurs</translation>
    </message>
    <message>
        <source>Colour of {rating}</source>
        <translation>Couleur de {rating}</translation>
    </message>
    <message>
        <source>Choose another rating to merge into.</source>
        <translation>Choisissez un autre verdict dans lequel fusionner.</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle avant publication</translation>
    </message>
    <message>
        <source>Met: {rule}. {detail}</source>
        <translation>Respectée : {rule}. {detail}</translation>
    </message>
    <message>
        <source>Not met: {rule}. {detail}</source>
        <translation>Non respectée : {rule}. {detail}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There are no claims in this case file to report on.</source>
        <translation>Ce dossier ne contient aucune affirmation pour un rapport.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Pages web (*.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting report</source>
        <translation>Export du rapport</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>The report is written to
{path}</source>
        <translation>Le rapport est écrit dans
{path}</translation>
    </message>
    <message>
        <source>

Worth knowing before you publish it:
</source>
        <translation>

À savoir avant de le publier :
</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>No program to show web pages was found; the report is at {path}.</source>
        <translation>Aucun programme pour afficher des pages web n&apos;a été trouvé ; le rapport est dans {path}.</translation>
    </message>
    <message>
        <source>The report was not exported: {problem}</source>
        <translation>Le rapport n&apos;a pas été exporté : {problem}</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Export du rapport annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of {name} (kept in {folder}):</source>
        <translation>Sauvegardes de {name} (conservées dans {folder}) :</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de {name}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>by place</source>
        <translation>selon la place</translation>
    </message>
    <message>
        <source>off the scale</source>
        <translation>hors échelle</translation>
    </message>
    <message>
        <source>chosen for this rating</source>
        <translation>choisie pour ce verdict</translation>
    </message>
    <message>
        <source>from its place on the scale</source>
        <translation>selon sa place dans l&apos;échelle</translation>
    </message>
    <message>
        <source>A whole number (more true is higher), or empty for a rating off the scale</source>
        <translation>Un nombre entier (plus c&apos;est vrai, plus il est élevé), ou vide pour un verdict hors échelle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>As it should appear in history and verdicts</source>
        <translation>Tel qu&apos;il doit apparaître dans l&apos;historique et les verdicts</translation>
    </message>
    <message>
        <source>Default case file</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <source>default.factdesk in your data folder</source>
        <translation>default.factdesk dans votre dossier de données</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the default case file</source>
        <translation>Choisir le dossier par défaut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks</source>
        <translation>Qui publie les vérifications</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Adresse web de l&apos;organisation</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/</source>
        <translation>https://factcheck.example.org/</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make and is the default reviewer of verdicts. The default case file opens when no other was used last. Reports name the organisation as publisher, with its web address; each report&apos;s own address (its article URL) is asked for when it is exported.</source>
        <translation>Votre nom est enregistré avec chaque modification que vous faites et sert de relecteur par défaut des verdicts. Le fichier d&apos;enquête par défaut s&apos;ouvre quand aucun autre n&apos;a été utilisé en dernier. Les rapports nomment l&apos;organisation comme éditeur, avec son adresse web&#xa0;; l&apos;adresse propre de chaque rapport (l&apos;URL de son article) est demandée à l&apos;export.</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>Adresse &amp;web de l&apos;organisation</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; it changes the next time FactDesk starts</source>
        <translation>Menus, boutons et messages ; elle change au prochain démarrage de FactDesk</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>The headings, dates and numbers of the reports you export; claims, evidence and rating labels stay as written</source>
        <translation>Les titres, dates et nombres des rapports que vous exportez ; affirmations, preuves et libellés des verdicts restent tels qu&apos;écrits</translation>
    </message>
    <message>
        <source>Preview of a report in the chosen language</source>
        <translation>Aperçu d&apos;un rapport dans la langue choisie</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Default case file</source>
        <translation>Dossier par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Langue de la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Report language</source>
        <translation>Langue des &amp;rapports</translation>
    </message>
    <message>
        <source>The sample case&apos;s report in this language:</source>
        <translation>Le rapport du dossier d&apos;exemple dans cette langue :</translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message>
        <source>Checked before? Similar claims in this case file:</source>
        <translation>Déjà vérifiée ? Affirmations semblables dans ce dossier :</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>Affirmations semblables</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open that claim instead</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir plutôt cette affirmation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the similar claims warning for this claim</source>
        <translation>Ignorer l&apos;alerte d&apos;affirmations semblables pour cette affirmation</translation>
    </message>
    <message>
        <source>Stop showing this warning for this claim</source>
        <translation>Ne plus afficher cette alerte pour cette affirmation</translation>
    </message>
    <message>
        <source>{by} on {date}: {rating}</source>
        <translation>{by} le {date} : {rating}</translation>
    </message>
    <message>
        <source>{by}: {rating}</source>
        <translation>{by} : {rating}</translation>
    </message>
    <message>
        <source>
Checked by </source>
        <translation>
Vérifiée par </translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln autre)</numerusform>
            <numerusform>(+%Ln autres)</numerusform>
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
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open {field} in the browser</source>
        <translation>Ouvrir {field} dans le navigateur</translation>
    </message>
    <message>
        <source>Open this address in your web browser</source>
        <translation>Ouvrir cette adresse dans votre navigateur</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rating</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Rating shown</source>
        <translation>Verdict affiché</translation>
    </message>
    <message>
        <source>Verdict summary</source>
        <translation>Résumé du verdict</translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation>Le verdict en une ligne</translation>
    </message>
    <message>
        <source>Rationale (Markdown)</source>
        <translation>Justification (Markdown)</translation>
    </message>
    <message>
        <source>Why this rating: what the evidence shows, in Markdown (# heading, *emphasis*, - lists, [links](https://…))</source>
        <translation>Pourquoi ce verdict : ce que montrent les preuves, en Markdown (# titre, *emphase*, - listes, [liens](https://…))</translation>
    </message>
    <message>
        <source>Rationale preview</source>
        <translation>Aperçu de la justification</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview the rationale</source>
        <translation>Voir la justification</translation>
    </message>
    <message>
        <source>Show the rationale as readers will see it (Ctrl+Shift+V)</source>
        <translation>Afficher la justification telle que les lecteurs la verront (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Date de relecture</translation>
    </message>
    <message>
        <source>now, or {format}</source>
        <translation>maintenant, ou {format}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Effacer le verdict</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Effacer le verdict</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Marquer comme publiée</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Marquer l&apos;affirmation comme publiée</translation>
    </message>
    <message>
        <source>Set the claim&apos;s status to Published (Ctrl+Shift+P)</source>
        <translation>Passer le statut de l&apos;affirmation à Publiée (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>Re&amp;lecteur</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Ready to publish?</source>
        <translation>Prête à publier ?</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>Draft — not rated yet</source>
        <translation>Brouillon — pas encore évalué</translation>
    </message>
    <message>
        <source>*No rationale yet.*</source>
        <translation>*Pas encore de justification.*</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline fact-checking workstation: claims, evidence and verdicts in one case file.</source>
        <translation>Un poste de vérification hors ligne : affirmations, preuves et verdicts dans un seul dossier.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6 {version}) and SQLite.</source>
        <translation>Réalisé avec Qt for Python (PySide6 {version}) et SQLite.</translation>
    </message>
    <message>
        <source>About FactDesk</source>
        <translation>À propos de FactDesk</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{path} is damaged and was not restored.</source>
        <translation>{path} est endommagé et n&apos;a pas été restauré.</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>{problem}

Open a case file on this computer instead, or create a new one?</source>
        <translation>{problem}

Ouvrir plutôt un dossier sur cet ordinateur, ou en créer un nouveau ?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Ouvrir un autre…</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>FactDesk hit an unexpected error: {error}

Your saved work is safe: every edit is saved as you make it.</source>
        <translation>FactDesk a rencontré une erreur inattendue : {error}

Votre travail enregistré est en sécurité : chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Details were written to {log}.</source>
        <translation>Les détails ont été écrits dans {log}.</translation>
    </message>
</context>
<context>
    <name>attach_worker</name>
    <message>
        <source>Reading files to attach</source>
        <translation>Lecture des fichiers à joindre</translation>
    </message>
    <message>
        <source>Storing in the case file</source>
        <translation>Enregistrement dans le dossier</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Ajout des pièces jointes</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Back up case file</source>
        <translation>Sauvegarder le dossier</translation>
    </message>
    <message>
        <source>FactDesk case files (*.factdesk)</source>
        <translation>Dossiers FactDesk (*.factdesk)</translation>
    </message>
    <message>
        <source>{when} ({age}, {why}, {size})</source>
        <translation>{when} ({age}, {why}, {size})</translation>
    </message>
    <message>
        <source>

It is listed in File → Restore from backup….</source>
        <translation>

Elle figure dans Fichier → Restaurer depuis une sauvegarde….</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>A verified copy of {name} was written to
{path}
({size}).</source>
        <translation>Une copie vérifiée de {name} a été écrite dans
{path}
({size}).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sauvegarde annulée</translation>
    </message>
    <message>
        <source>No copy was written.</source>
        <translation>Aucune copie n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {backup}?

The current file is kept aside as a backup first.</source>
        <translation>Remplacer {name} par la sauvegarde du {backup} ?

Le fichier actuel est d&apos;abord mis de côté comme sauvegarde.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>The file it replaced is kept at {path}.</source>
        <translation>Le fichier remplacé est conservé dans {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} a été restauré depuis la sauvegarde du {backup}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database structure, the links between records, every attachment&apos;s fingerprint and the search index all check out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La structure de la base, les liens entre enregistrements, l&apos;empreinte de chaque pièce jointe et l&apos;index de recherche sont tous en ordre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bundle_transfer</name>
    <message>
        <source>kept mine</source>
        <translation>la mienne gardée</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>la leur prise</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>les deux gardées</translation>
    </message>
    <message>
        <source>Claim bundles (*{suffix});;All files (*)</source>
        <translation>Paquets d&apos;affirmations (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n}&#xa0;Go</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is imported.</source>
        <translation>{name} est importé.</translation>
    </message>
    <message>
        <source>Added: {claims}</source>
        <translation>Ajoutées : {claims}</translation>
    </message>
    <message>
        <source>Updated: {claims}</source>
        <translation>Mises à jour : {claims}</translation>
    </message>
    <message>
        <source>Unchanged: {claims}</source>
        <translation>Inchangées : {claims}</translation>
    </message>
    <message>
        <source>Conflicts settled: {count} ({how})</source>
        <translation>Conflits réglés : {count} ({how})</translation>
    </message>
    <message>
        <source>Conflicts settled: none</source>
        <translation>Conflits réglés : aucun</translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Preuves : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Avertissements : aucun</translation>
    </message>
    <message>
        <source>The case file was backed up just before the import; File → Restore from backup… lists that copy.</source>
        <translation>Le dossier a été sauvegardé juste avant l&apos;import ; Fichier → Restaurer depuis une sauvegarde… propose cette copie.</translation>
    </message>
</context>
<context>
    <name>case_safety</name>
    <message>
        <source>Not a case file</source>
        <translation>Pas un dossier</translation>
    </message>
    <message>
        <source>today&apos;s backup of {name} could not be made ({problem}).</source>
        <translation>la sauvegarde du jour de {name} n&apos;a pas pu être faite ({problem}).</translation>
    </message>
</context>
<context>
    <name>claim_comparison</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Aucune preuve</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Not rated yet (draft)</source>
        <translation>Pas encore évaluée (brouillon)</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>Vérifié par {reviewer}</translation>
    </message>
    <message>
        <source>(differs further on)</source>
        <translation>(diffère plus loin)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message>
        <source>⚠ capture integrity failed</source>
        <translation>⚠ échec de l&apos;intégrité de la capture</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(preuve sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln fichier joint</numerusform>
            <numerusform>%Ln fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <source>Source {grade}: {meaning}</source>
        <translation>Source {grade} : {meaning}</translation>
    </message>
    <message>
        <source>Information {grade}: {meaning}</source>
        <translation>Information {grade} : {meaning}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (UTC)</source>
        <translation>AAAA-MM-JJ HH:MM (UTC)</translation>
    </message>
</context>
<context>
    <name>file_import</name>
    <message>
        <source>choose the field of each column (one must be the claim), then Update preview</source>
        <translation>choisissez le champ de chaque colonne (l&apos;une doit être l&apos;affirmation), puis Mettre à jour l&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>history_pane</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>Added to a claim here</source>
        <translation>Ajoutée à une affirmation d&apos;ici</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Changed here: kept</source>
        <translation>Modifié ici : conservé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Choose what each column holds (one must be the claim), then Update preview.</source>
        <translation>Choisissez ce que contient chaque colonne (l&apos;une doit être l&apos;affirmation), puis Mettre à jour l&apos;aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln affirmation à ajouter</numerusform>
            <numerusform>%Ln affirmations à ajouter</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to add to or update</source>
        <translation>{count} à compléter ou mettre à jour</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} inchangée(s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) changed here (kept as they are)</source>
        <translation>
            <numerusform>%Ln affirmation modifiée ici (conservée telle quelle)</numerusform>
            <numerusform>%Ln affirmations modifiées ici (conservées telles quelles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Preuves : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées</translation>
    </message>
    <message>
        <source>, {count} kept as edited here</source>
        <translation>, {count} gardée(s) telle(s) que modifiée(s) ici</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Garder les deux (ajouter la leur comme copie)</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>garder la mienne</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>prendre la leur</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>garder les deux</translation>
    </message>
    <message>
        <source>Keep this case file&apos;s version of what conflicts; the rest of theirs is merged.</source>
        <translation>Garder la version de ce dossier pour ce qui est en conflit ; le reste de la leur est fusionné.</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s version; yours stays in the claim&apos;s history.</source>
        <translation>Prendre la version du paquet ; la vôtre reste dans l&apos;historique de l&apos;affirmation.</translation>
    </message>
    <message>
        <source>Add the bundle&apos;s claim as a new claim, linked to yours; yours is left alone.</source>
        <translation>Ajouter l&apos;affirmation du paquet comme nouvelle, liée à la vôtre ; la vôtre reste intacte.</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} nouvelle(s)</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} mise(s) à jour</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} en conflit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln affirmation à ajouter</numerusform>
            <numerusform>%Ln affirmations à ajouter</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} à mettre à jour</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} inchangée(s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) ({how})</source>
        <translation>
            <numerusform>%Ln conflit ({how})</numerusform>
            <numerusform>%Ln conflits ({how})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Preuves : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées</translation>
    </message>
    <message>
        <source>, {count} in conflict</source>
        <translation>, {count} en conflit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>the claim itself (text, claimant, status, tags or verdict)</source>
        <translation>l&apos;affirmation elle-même (texte, auteur, statut, étiquettes ou verdict)</translation>
    </message>
    <message>
        <source>evidence “{title}”</source>
        <translation>la preuve « {title} »</translation>
    </message>
    <message>
        <source>Both versions differ and this case file&apos;s copy was not imported from a bundle</source>
        <translation>Les deux versions diffèrent et la copie de ce dossier n&apos;a pas été importée d&apos;un paquet</translation>
    </message>
    <message>
        <source>Changed here since it was last imported, and changed in the bundle too</source>
        <translation>Modifiée ici depuis le dernier import, et modifiée aussi dans le paquet</translation>
    </message>
    <message>
        <source>{why}: {reasons}.</source>
        <translation>{why} : {reasons}.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>FactDesk case files (*{suffix});;All files (*)</source>
        <translation>Dossiers FactDesk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
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
        <translation>• {rule}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Publish anyway?</source>
        <translation>Publier quand même&#xa0;?</translation>
    </message>
    <message>
        <source>This fact-check does not meet every rule yet:

{rules}

Publish anyway? The history will record the rules it was published without.</source>
        <translation>Cette vérification ne respecte pas encore toutes les règles&#xa0;:

{rules}

Publier quand même&#xa0;? L&apos;historique gardera les règles non respectées à la publication.</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publier quand même</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… et %Ln autre.</numerusform>
            <numerusform>… et %Ln autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scale_commands</name>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>Change rating {names}</source>
        <translation>Modifier le verdict {names}</translation>
    </message>
    <message>
        <source>Reorder the rating scale</source>
        <translation>Réordonner l&apos;échelle des verdicts</translation>
    </message>
    <message>
        <source>Merge rating into {rating}</source>
        <translation>Fusionner le verdict dans {rating}</translation>
    </message>
    <message>
        <source>Map rating label {label}</source>
        <translation>Associer le libellé de verdict {label}</translation>
    </message>
    <message>
        <source>Dismiss “checked before?”</source>
        <translation>Ignorer « déjà vérifiée ? »</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Supports the claim</source>
        <translation>Appuie l&apos;affirmation</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>Réfute l&apos;affirmation</translation>
    </message>
    <message>
        <source>Gives context</source>
        <translation>Apporte du contexte</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En recherche</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Fact-check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Photo, video or audio</source>
        <translation>Photo, vidéo ou audio</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Appuie</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Réfute</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message>
        <source>Change claim {fields}</source>
        <translation>Modifier {fields} de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Change evidence {fields}</source>
        <translation>Modifier {fields} de la preuve</translation>
    </message>
    <message>
        <source>Change verdict {fields}</source>
        <translation>Modifier {fields} du verdict</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>Delete claim “{claim}”</source>
        <translation>Supprimer l&apos;affirmation « {claim} »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln claims</source>
        <translation>
            <numerusform>Supprimer %Ln affirmation</numerusform>
            <numerusform>Supprimer %Ln affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Déplacer la preuve</translation>
    </message>
    <message>
        <source>Delete evidence “{title}”</source>
        <translation>Supprimer la preuve « {title} »</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Supprimer la preuve</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Remove attachment {file}</source>
        <translation>Retirer la pièce jointe {file}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Effacer le verdict</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Marquer l&apos;affirmation comme publiée</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
