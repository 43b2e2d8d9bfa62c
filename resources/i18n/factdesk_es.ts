<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>About the attachment</source>
        <translation>Sobre el archivo adjunto</translation>
    </message>
    <message>
        <source>Capture integrity warning</source>
        <translation>Aviso de integridad de la captura</translation>
    </message>
    <message>
        <source>The same picture elsewhere in the case</source>
        <translation>La misma imagen en otras partes del caso</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>Ver captura</translation>
    </message>
    <message>
        <source>View the archived page, made inert</source>
        <translation>Ver la página archivada, desactivada</translation>
    </message>
    <message>
        <source>Open the archived page in your browser with its scripts removed and every request blocked: viewing it never contacts the site</source>
        <translation>Abre la página archivada en el navegador sin sus scripts y con todas las solicitudes bloqueadas: verla nunca contacta con el sitio</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Ver en el mapa</translation>
    </message>
    <message>
        <source>Show where the photo was taken on OpenStreetMap</source>
        <translation>Mostrar en OpenStreetMap dónde se tomó la foto</translation>
    </message>
    <message>
        <source>Open the photo&apos;s GPS position on OpenStreetMap in your browser</source>
        <translation>Abrir la posición GPS de la foto en OpenStreetMap en el navegador</translation>
    </message>
    <message>
        <source>⚠ Capture integrity failed: {detail}</source>
        <translation>⚠ Falló la integridad de la captura: {detail}</translation>
    </message>
    <message>
        <source>Page text: {text}</source>
        <translation>Texto de la página: {text}</translation>
    </message>
    <message>
        <source>The same picture elsewhere in this case:</source>
        <translation>La misma imagen en otras partes de este caso:</translation>
    </message>
    <message>
        <source>• {file} — claim “{claim}” ({id})</source>
        <translation>• {file} — afirmación «{claim}» ({id})</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the capture for viewing</source>
        <translation>Preparando la captura para verla</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Web captures (WARC, WACZ, MHTML, saved pages) are verified and their page text is searchable.</source>
        <translation>Suelte aquí archivos para adjuntarlos. Las capturas web (WARC, WACZ, MHTML, páginas guardadas) se verifican y su texto se puede buscar.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>Guardar copia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Guardar una copia del adjunto</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message numerus="yes">
        <source>{file}
{type}, %Ln byte(s)
SHA-256 {sha256}</source>
        <translation>
            <numerusform>{file}
{type}, %Ln byte
SHA-256 {sha256}</numerusform>
            <numerusform>{file}
{type}, %Ln bytes
SHA-256 {sha256}</numerusform>
        </translation>
    </message>
    <message>
        <source>Web capture ({format}): {state}</source>
        <translation>Captura web ({format}): {state}</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>Attach files to the evidence item</source>
        <translation>Adjuntar archivos a la prueba</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No se abrió</translation>
    </message>
    <message>
        <source>{file} is not a picture, a PDF or plain text (it says it is {type}). Files of other kinds can run programs when opened, so FactDesk does not open them. Save a copy to look at it with a program you trust.</source>
        <translation>{file} no es una imagen, un PDF ni texto plano (dice ser {type}). Los archivos de otros tipos pueden ejecutar programas al abrirse, así que FactDesk no los abre. Guarde una copia para verla con un programa de confianza.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <source>There are no claims in this case file to export.</source>
        <translation>No hay afirmaciones en este expediente para exportar.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation>Exportando el paquete</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>No se exportó el paquete</translation>
    </message>
    <message>
        <source>Bundle export cancelled; no file was written.</source>
        <translation>Exportación del paquete cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Bundle written to {path}</source>
        <translation>Paquete escrito en {path}</translation>
    </message>
    <message>
        <source>Exported {claims}, {evidence} and {files} to
{path}
({size}).</source>
        <translation>Se exportaron {claims}, {evidence} y {files} a
{path}
({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln prueba</numerusform>
            <numerusform>%Ln pruebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln archivo adjunto</numerusform>
            <numerusform>%Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Paquete exportado</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Reading bundle</source>
        <translation>Leyendo el paquete</translation>
    </message>
    <message>
        <source>The bundle cannot be imported</source>
        <translation>No se puede importar el paquete</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>Importando el paquete</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>No se importó nada; el expediente sigue como estaba</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>Se canceló la importación. No se importó nada; el expediente sigue como estaba.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Importado {name}</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>{case} cannot be reached; nothing was saved. Try again when the window is back online.</source>
        <translation>No se puede contactar con {case}; no se guardó nada. Vuelva a intentarlo cuando la ventana esté de nuevo en línea.</translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>Checking the case file</source>
        <translation>Comprobando el expediente</translation>
    </message>
    <message>
        <source>The case file could not be checked: {problem}</source>
        <translation>No se pudo comprobar el expediente: {problem}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check case file</source>
        <translation>Comprobar expediente</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>The case file is read-only.</source>
        <translation>El expediente es de solo lectura.</translation>
    </message>
    <message>
        <source>Repair failed</source>
        <translation>La reparación falló</translation>
    </message>
</context>
<context>
    <name>ClaimComparison</name>
    <message>
        <source>The two versions of the claim</source>
        <translation>Las dos versiones de la afirmación</translation>
    </message>
    <message>
        <source>In this case file (mine)</source>
        <translation>En este expediente (la mía)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>En el paquete (la suya)</translation>
    </message>
    <message>
        <source>{field}: the two versions differ</source>
        <translation>{field}: las dos versiones difieren</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim text</source>
        <translation>Texto de la afirmación</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>La afirmación, palabra por palabra, tal como se hizo</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Quién hizo la afirmación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Dónde apareció la afirmación (URL)</translation>
    </message>
    <message>
        <source>Where the claim appeared (title)</source>
        <translation>Dónde apareció la afirmación (título)</translation>
    </message>
    <message>
        <source>Title of the page, programme or post</source>
        <translation>Título de la página, el programa o la publicación</translation>
    </message>
    <message>
        <source>Date the claim appeared</source>
        <translation>Fecha en que apareció la afirmación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Working notes on the claim</source>
        <translation>Notas de trabajo sobre la afirmación</translation>
    </message>
    <message>
        <source>Working notes: open questions, leads, what to check next (not published)</source>
        <translation>Notas de trabajo: preguntas abiertas, pistas, qué comprobar después (no se publican)</translation>
    </message>
    <message>
        <source>Cla&amp;im</source>
        <translation>Afir&amp;mación</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Apareció &amp;en</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>The claim text must not be empty; the previous text was kept.</source>
        <translation>El texto de la afirmación no puede quedar vacío; se conservó el texto anterior.</translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message>
        <source>Search claims, evidence, verdicts…</source>
        <translation>Buscar afirmaciones, pruebas, veredictos…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Buscar afirmaciones</translation>
    </message>
    <message>
        <source>Full-text search over claims, evidence and verdicts (Ctrl+F)</source>
        <translation>Búsqueda de texto completo en afirmaciones, pruebas y veredictos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Filtrar por calificación</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Ministerio de Defensa</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Mayormente falso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Number of claims shown</source>
        <translation>Número de afirmaciones mostradas</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier calificación</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Sin calificar aún</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) found</source>
        <translation>
            <numerusform>%Ln afirmación encontrada</numerusform>
            <numerusform>%Ln afirmaciones encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimScopeBox</name>
    <message>
        <source>The selected claim: {claim}</source>
        <translation>La afirmación seleccionada: {claim}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected claim(s)</source>
        <translation>
            <numerusform>La %Ln afirmación seleccionada</numerusform>
            <numerusform>Las %Ln afirmaciones seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected claims</source>
        <translation>Las afirmaciones seleccionadas</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Todas las afirmaciones</translation>
    </message>
    <message>
        <source>Claims &amp;tagged</source>
        <translation>Afirmaciones &amp;etiquetadas</translation>
    </message>
    <message>
        <source>Claims with a tag</source>
        <translation>Afirmaciones con una etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Actualizada {when}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else: {field}</source>
        <translation>Cambiado por otra persona: {field}</translation>
    </message>
    <message>
        <source>Save refused: two versions of a field</source>
        <translation>Guardado rechazado: dos versiones de un campo</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>{who} changed the {field} at {when} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} cambió el campo «{field}» el {when}, después de que usted lo cargara, así que su cambio no se guardó. No se pierde nada: elija qué versión conservar.</translation>
    </message>
    <message>
        <source>{who} changed the {field} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} cambió el campo «{field}» después de que usted lo cargara, así que su cambio no se guardó. No se pierde nada: elija qué versión conservar.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}, {when}</source>
        <translation>La otra — guardada por {who}, {when}</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}</source>
        <translation>La otra — guardada por {who}</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>Yours — not saved yet</source>
        <translation>La suya — aún sin guardar</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la otra</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>Tomar la otra versión</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit my version before saving it</source>
        <translation>Editar mi versión antes de guardarla</translation>
    </message>
    <message>
        <source>Write the version to keep, from both, then save it</source>
        <translation>Escriba, a partir de ambas, la versión que se conservará y guárdela</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Guardar mi versión</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>Conectar con el servidor del equipo</translation>
    </message>
    <message>
        <source>The address your desk&apos;s administrator gave you, such as
{example}

Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: FactDesk does not store or show them.</source>
        <translation>La dirección que le dio quien administra su redacción, como
{example}

Las contraseñas vienen de ~/.pgpass o de un archivo de servicio de PostgreSQL, nunca de aquí: FactDesk no las guarda ni las muestra.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>Cómo conectarse</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Not a server address: a server address starts with postgresql://.</source>
        <translation>No es una dirección de servidor: una dirección de servidor empieza por postgresql://.</translation>
    </message>
    <message>
        <source>Not a server address: {reason}.</source>
        <translation>No es una dirección de servidor: {reason}.</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Case file damaged</source>
        <translation>Expediente dañado</translation>
    </message>
    <message>
        <source>The newest sound backup is from {backup}.</source>
        <translation>La copia de seguridad intacta más reciente es del {backup}.</translation>
    </message>
    <message>
        <source>No backup of it was found. Keep the file: a data-recovery tool may still save much of it.</source>
        <translation>No se encontró ninguna copia de seguridad. Conserve el archivo: una herramienta de recuperación de datos aún puede salvar gran parte.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Other backups…</source>
        <translation>Otras copias…</translation>
    </message>
</context>
<context>
    <name>DateProblem</name>
    <message>
        <source>Problem with the date</source>
        <translation>Problema con la fecha</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Cambiado en otro lugar</translation>
    </message>
    <message>
        <source>Changed elsewhere: what changed</source>
        <translation>Cambiado en otro lugar: qué cambió</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Usar la suya</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Usar la otra versión</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <source>The {field} was changed elsewhere while you were typing. Your text is kept. Theirs: “{text}”</source>
        <translation>El campo {field} se cambió en otro lugar mientras escribía. Se conserva su texto. El otro: «{text}»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>This case file has no claims yet</source>
        <translation>Este expediente aún no tiene afirmaciones</translation>
    </message>
    <message>
        <source>Start with a claim you want to check, or open the sample case — a worked fact-check with evidence, grading and a verdict — to see how FactDesk is used.</source>
        <translation>Empiece con una afirmación que quiera verificar, o abra el caso de ejemplo —una verificación completa con pruebas, gradación y veredicto— para ver cómo se usa FactDesk.</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Abrir caso de ejemplo</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>Abrir el caso de ejemplo</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Add a new claim</source>
        <translation>Añadir una nueva afirmación</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>How reliable the source is, from its track record (Admiralty code A–F).</source>
        <translation>Qué tan fiable es la fuente según su historial (código del Almirantazgo A–F).</translation>
    </message>
    <message>
        <source>How credible this piece of information is on its own (Admiralty code 1–6).</source>
        <translation>Qué tan creíble es esta información por sí misma (código del Almirantazgo 1–6).</translation>
    </message>
    <message>
        <source>Headline or name of the document</source>
        <translation>Titular o nombre del documento</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la prueba</translation>
    </message>
    <message>
        <source>Outlet, institution or agency</source>
        <translation>Medio, institución u organismo</translation>
    </message>
    <message>
        <source>When you read or saved the source, in UTC; filled in with now when you enter the URL</source>
        <translation>Cuándo leyó o guardó la fuente, en UTC; se rellena con la hora actual al introducir la URL</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin gradar</translation>
    </message>
    <message>
        <source>The passage that matters, quoted exactly</source>
        <translation>El pasaje relevante, citado textualmente</translation>
    </message>
    <message>
        <source>Your notes: how you found it, what to check</source>
        <translation>Sus notas: cómo la encontró, qué comprobar</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Tipo de prueba</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Título de la prueba</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Fecha de consulta</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilidad de la fuente</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Credibilidad de la información</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Notas sobre la prueba</translation>
    </message>
    <message>
        <source>Acc&amp;essed</source>
        <translation>Con&amp;sultada</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>Cre&amp;dibilidad</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>Pu&amp;blicada</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Stan&amp;ce</source>
        <translation>Pos&amp;tura</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Fiabilidad</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>E&amp;xtracto</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop a web address or a file here to add it as evidence.</source>
        <translation>Arrastre para reordenar. Suelte aquí una dirección web o un archivo para añadirlo como prueba.</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>&amp;Añadir prueba</translation>
    </message>
    <message>
        <source>Add an evidence item to this claim (Ctrl+E)</source>
        <translation>Añadir una prueba a esta afirmación (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Eliminar prueba</translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation>Subir la prueba</translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation>Bajar la prueba</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Evidence item {n} of {total}</source>
        <translation>Prueba {n} de {total}</translation>
    </message>
    <message>
        <source>Add dropped evidence</source>
        <translation>Añadir la prueba soltada</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Afirmaciones que exportar</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file</source>
        <translation>
            <numerusform>La %Ln afirmación de este expediente</numerusform>
            <numerusform>Las %Ln afirmaciones de este expediente</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim</source>
        <translation>La única afirmación</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>Título del paquete</translation>
    </message>
    <message>
        <source>Optional, shown to whoever imports it</source>
        <translation>Opcional, se muestra a quien lo importe</translation>
    </message>
    <message>
        <source>A bundle holds the claims with their evidence, attached files and verdicts. A colleague adds it to their case file with File → Import bundle…; claims they already have are updated or shown as conflicts, never duplicated.</source>
        <translation>Un paquete contiene las afirmaciones con sus pruebas, archivos adjuntos y veredictos. Un colega lo añade a su expediente con Archivo → Importar paquete…; las afirmaciones que ya tiene se actualizan o se muestran como conflictos, nunca se duplican.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Informe sobre</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file, oldest first</source>
        <translation>
            <numerusform>La %Ln afirmación de este expediente</numerusform>
            <numerusform>Las %Ln afirmaciones de este expediente, de la más antigua a la más reciente</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim in this case file</source>
        <translation>La única afirmación de este expediente</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <source>Optional headline (a single claim is headed by the claim itself)</source>
        <translation>Titular opcional (un informe de una sola afirmación lleva la afirmación como título)</translation>
    </message>
    <message>
        <source>Adds the notes on claims and evidence, and marks every page “Internal review copy — not for publication”. Leave it off for a report you publish.</source>
        <translation>Añade las notas sobre afirmaciones y pruebas, y marca cada página con «Copia de revisión interna — no publicar». Déjelo sin marcar en un informe que vaya a publicar.</translation>
    </message>
    <message>
        <source>Published by (organisation)</source>
        <translation>Publicado por (organización)</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking organisation</source>
        <translation>Su redacción u organización de verificación</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Dirección web de la organización</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/ (remembered)</source>
        <translation>https://factcheck.example.org/ (se recuerda)</translation>
    </message>
    <message>
        <source>Article URL of this report</source>
        <translation>URL del artículo de este informe</translation>
    </message>
    <message>
        <source>https://… the page this report will be published as</source>
        <translation>https://… la página en la que se publicará este informe</translation>
    </message>
    <message>
        <source>The address of the published fact-check: search engines read it from the report&apos;s ClaimReview data. Leave it empty if it is not known yet.</source>
        <translation>La dirección de la verificación publicada: los buscadores la leen en los datos ClaimReview del informe. Déjela vacía si aún no se conoce.</translation>
    </message>
    <message>
        <source>What must be fixed before exporting</source>
        <translation>Lo que hay que corregir antes de exportar</translation>
    </message>
    <message>
        <source>{problem}. Type the name of the organisation that publishes this fact-check, or include the working notes for an internal review copy.</source>
        <translation>{problem}. Escriba el nombre de la organización que publica esta verificación, o incluya las notas de trabajo para una copia de revisión interna.</translation>
    </message>
    <message>
        <source>The article URL is your organisation&apos;s web address: complete it with the address of this fact-check&apos;s own page, or clear it to export without one.</source>
        <translation>La URL del artículo es la dirección web de su organización: complétela con la dirección de la página de esta verificación, o bórrela para exportar sin ella.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Include &amp;working notes</source>
        <translation>Incluir las notas de &amp;trabajo</translation>
    </message>
    <message>
        <source>An internal review copy, marked on every page as not for publication</source>
        <translation>Una copia de revisión interna, marcada en cada página como no apta para publicar</translation>
    </message>
    <message>
        <source>What including the working notes makes</source>
        <translation>Lo que se obtiene al incluir las notas de trabajo</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings, dates and numbers; the claims, evidence and rating labels stay as written</source>
        <translation>El idioma de los encabezados, fechas y números del informe; las afirmaciones, las pruebas y las etiquetas de calificación quedan como se escribieron</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Published &amp;by</source>
        <translation>Publicado &amp;por</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>Dirección &amp;web de la organización</translation>
    </message>
    <message>
        <source>&amp;Article URL</source>
        <translation>URL del &amp;artículo</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Idioma del informe</translation>
    </message>
</context>
<context>
    <name>ExportSpreadsheetDialog</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportar hoja de cálculo</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Afirmaciones que exportar</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s)</source>
        <translation>
            <numerusform>La %Ln afirmación</numerusform>
            <numerusform>Las %Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;evidence item (with its claim&apos;s id)</source>
        <translation>Una fila por &amp;prueba (con el id de su afirmación)</translation>
    </message>
    <message>
        <source>One row per evidence item</source>
        <translation>Una fila por prueba</translation>
    </message>
    <message>
        <source>CSV in UTF-8, readable by Excel, LibreOffice and Google Sheets. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>CSV en UTF-8, legible en Excel, LibreOffice y Google Sheets. Las celdas que una hoja de cálculo ejecutaría como fórmula se escriben con un apóstrofo delante.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Fact-checks, spreadsheets and citations ({patterns});;All files (*)</source>
        <translation>Verificaciones, hojas de cálculo y citas ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Leyendo los archivos</translation>
    </message>
    <message>
        <source>The files cannot be imported</source>
        <translation>No se pueden importar los archivos</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>No se importó nada; el expediente sigue como estaba</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>Se canceló la importación. No se importó nada; el expediente sigue como estaba.</translation>
    </message>
    <message>
        <source>Imported {names}</source>
        <translation>Importado: {names}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportar hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting spreadsheet</source>
        <translation>Exportando la hoja de cálculo</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>No se escribió la hoja de cálculo</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Spreadsheet written to {path}</source>
        <translation>Hoja de cálculo escrita en {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln evidence item(s) to
{path}</source>
        <translation>
            <numerusform>Se escribió %Ln prueba en
{path}</numerusform>
            <numerusform>Se escribieron %Ln pruebas en
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln claim(s) to
{path}</source>
        <translation>
            <numerusform>Se escribió %Ln afirmación en
{path}</numerusform>
            <numerusform>Se escribieron %Ln afirmaciones en
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Hoja de cálculo exportada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History of the claim</source>
        <translation>Historial de la afirmación</translation>
    </message>
</context>
<context>
    <name>ImportFilesDialog</name>
    <message>
        <source>Import — preview</source>
        <translation>Importar — vista previa</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>As &amp;evidence: each fact-check is evidence on its claim</source>
        <translation>Como &amp;pruebas: cada verificación es una prueba sobre su afirmación</translation>
    </message>
    <message>
        <source>Import fact-checks as evidence</source>
        <translation>Importar verificaciones como pruebas</translation>
    </message>
    <message>
        <source>As &amp;verdicts: the reviews are this newsroom&apos;s own (an archive moving in)</source>
        <translation>Como &amp;veredictos: las revisiones son de esta redacción (un archivo que se incorpora)</translation>
    </message>
    <message>
        <source>Import reviews as verdicts</source>
        <translation>Importar revisiones como veredictos</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim {claim}</source>
        <translation>Añadir todo como pruebas de la afirmación seleccionada {claim}</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim (none is selected)</source>
        <translation>Añadir todo como pruebas de la afirmación seleccionada (no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Add everything to the selected claim</source>
        <translation>Añadir todo a la afirmación seleccionada</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>Spreadsheet columns and the field each goes to</source>
        <translation>Columnas de la hoja y el campo al que va cada una</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Foreign rating labels and the ratings they map to</source>
        <translation>Etiquetas de calificación ajenas y las calificaciones a las que corresponden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <source>What happens to each item</source>
        <translation>Qué pasa con cada elemento</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Warnings about the files</source>
        <translation>Avisos sobre los archivos</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Actualizar vista previa</translation>
    </message>
    <message>
        <source>Update the preview with these choices</source>
        <translation>Actualizar la vista previa con estas opciones</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Ratings ({count})</source>
        <translation>&amp;Calificaciones ({count})</translation>
    </message>
    <message>
        <source>I&amp;tems ({count})</source>
        <translation>E&amp;lementos ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Avisos ({count})</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Columna {n}</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Campo para {column}</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— no se importa</translation>
    </message>
    <message>
        <source>Rating for {label}</source>
        <translation>Calificación para {label}</translation>
    </message>
    <message>
        <source>New rating, off the numeric scale</source>
        <translation>Nueva calificación, fuera de la escala numérica</translation>
    </message>
    <message>
        <source>Leave unmapped (keep the label as text)</source>
        <translation>Dejar sin asignar (conservar la etiqueta como texto)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle — {name}</source>
        <translation>Importar paquete — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln prueba</numerusform>
            <numerusform>%Ln pruebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln archivo adjunto</numerusform>
            <numerusform>%Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>made by {name}</source>
        <translation>hecho por {name}</translation>
    </message>
    <message>
        <source>with {program}</source>
        <translation>con {program}</translation>
    </message>
    <message>
        <source>newest change {date}</source>
        <translation>último cambio {date}</translation>
    </message>
    <message>
        <source>The bundle&apos;s title</source>
        <translation>El título del paquete</translation>
    </message>
    <message>
        <source>About the bundle</source>
        <translation>Sobre el paquete</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Qué hará la importación</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflictos ({count})</translation>
    </message>
    <message>
        <source>&amp;All claims ({count})</source>
        <translation>&amp;Todas las afirmaciones ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Avisos ({count})</translation>
    </message>
    <message>
        <source>When a claim conflicts</source>
        <translation>Cuando una afirmación entra en conflicto</translation>
    </message>
    <message>
        <source>For every &amp;conflict not settled one by one:</source>
        <translation>Para cada &amp;conflicto no resuelto uno a uno:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Conflicting claims</source>
        <translation>Afirmaciones en conflicto</translation>
    </message>
    <message>
        <source>Why the claim conflicts</source>
        <translation>Por qué la afirmación está en conflicto</translation>
    </message>
    <message>
        <source>This claim:</source>
        <translation>Esta afirmación:</translation>
    </message>
    <message>
        <source>Claims in the bundle by what happens to them</source>
        <translation>Afirmaciones del paquete según lo que les pasa</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Nuevas: se añaden</translation>
    </message>
    <message>
        <source>Changed in the bundle only: updated</source>
        <translation>Cambiadas solo en el paquete: se actualizan</translation>
    </message>
    <message>
        <source>The same here: left unchanged</source>
        <translation>Iguales aquí: no se cambian</translation>
    </message>
    <message>
        <source>Changed on both sides: conflicts</source>
        <translation>Cambiadas en ambos lados: conflictos</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings about the bundle</source>
        <translation>Avisos sobre el paquete</translation>
    </message>
    <message>
        <source>No warnings: the bundle matches this case file&apos;s scale.</source>
        <translation>Sin avisos: el paquete coincide con la escala de este expediente.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>for every conflict</source>
        <translation>para cada conflicto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Veredicto</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>This case file is read-only: you can read it, but changes cannot be saved. Copy it somewhere writable to work on it.</source>
        <translation>Este expediente es de solo lectura: puede leerlo, pero los cambios no se pueden guardar. Cópielo a un lugar con permiso de escritura para trabajar en él.</translation>
    </message>
    <message>
        <source>Read-only case file</source>
        <translation>Expediente de solo lectura</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Abrir expediente…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Conectar con el servidor del &amp;equipo…</translation>
    </message>
    <message>
        <source>Open a case shared by a desk on a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>Abrir un expediente que una redacción comparte en un servidor PostgreSQL (postgresql://usuario@servidor/base)</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;ortar…</translation>
    </message>
    <message>
        <source>Import fact-checks (saved pages, ClaimReview feeds), a spreadsheet or citations, after a preview</source>
        <translation>Importar verificaciones (páginas guardadas, fuentes ClaimReview), una hoja de cálculo o citas, tras una vista previa</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>Exportar &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Write claims or evidence items to a CSV file a spreadsheet program opens</source>
        <translation>Escribir afirmaciones o pruebas en un archivo CSV que abre una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Rating scale…</source>
        <translation>&amp;Escala de calificación…</translation>
    </message>
    <message>
        <source>Rename, reorder, colour and merge ratings; see how foreign labels map onto them</source>
        <translation>Renombrar, reordenar, colorear y fusionar calificaciones; ver cómo se corresponden las etiquetas ajenas</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Add the claims of a bundle to this case file, after a preview</source>
        <translation>Añadir las afirmaciones de un paquete a este expediente, tras una vista previa</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Write claims with their evidence, files and verdicts to a bundle for a colleague</source>
        <translation>Escribir afirmaciones con sus pruebas, archivos y veredictos en un paquete para un colega</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Write a fact-check report (HTML) on the selected claims or all of them</source>
        <translation>Escribir un informe de verificación (HTML) sobre las afirmaciones seleccionadas o sobre todas</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Write a verified copy of the case file</source>
        <translation>Escribir una copia verificada del expediente</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurar desde una &amp;copia…</translation>
    </message>
    <message>
        <source>Put one of the case file&apos;s backups in its place</source>
        <translation>Poner en su lugar una de las copias de seguridad del expediente</translation>
    </message>
    <message>
        <source>&amp;Check case file</source>
        <translation>&amp;Comprobar expediente</translation>
    </message>
    <message>
        <source>Check the database, the attachments&apos; fingerprints and the search index</source>
        <translation>Comprobar la base de datos, las huellas de los adjuntos y el índice de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>&amp;Find claims</source>
        <translation>&amp;Buscar afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Show all claims</source>
        <translation>&amp;Mostrar todas las afirmaciones</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Nueva afirmación…</translation>
    </message>
    <message>
        <source>Add a claim to check (Ctrl+N)</source>
        <translation>Añadir una afirmación que verificar (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Eliminar afirmación</translation>
    </message>
    <message>
        <source>Delete the selected claims (it can be undone)</source>
        <translation>Eliminar las afirmaciones seleccionadas (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Claim list</source>
        <translation>&amp;Lista de afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Pruebas</translation>
    </message>
    <message>
        <source>Open &amp;sample case</source>
        <translation>Abrir caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;About FactDesk</source>
        <translation>&amp;Acerca de FactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;firmación</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>P&amp;ruebas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Marcar como &amp;publicada</translation>
    </message>
    <message>
        <source>{address}   —   team server</source>
        <translation>{address}   —   servidor del equipo</translation>
    </message>
    <message>
        <source>No other case files yet</source>
        <translation>Aún no hay otros expedientes</translation>
    </message>
    <message>
        <source>Back online: the server answers again.</source>
        <translation>De nuevo en línea: el servidor vuelve a responder.</translation>
    </message>
    <message>
        <source>Offline: the server of {case} cannot be reached. What you type stays in the fields and is saved when the connection is back.</source>
        <translation>Sin conexión: no se puede contactar con el servidor de {case}. Lo que escriba se queda en los campos y se guarda cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>{name} — FactDesk (read-only)</source>
        <translation>{name} — FactDesk (solo lectura)</translation>
    </message>
    <message>
        <source>{name} — FactDesk</source>
        <translation>{name} — FactDesk</translation>
    </message>
    <message>
        <source>The case file was made safe</source>
        <translation>El expediente se puso a salvo</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Aviso: {problem}</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>{path} already exists. Use File → Open case file… to open it.</source>
        <translation>{path} ya existe. Use Archivo → Abrir expediente… para abrirlo.</translation>
    </message>
    <message>
        <source>Delete this claim with its evidence, attachments and verdict?

“{claim}”

Edit → Undo brings it back.</source>
        <translation>¿Eliminar esta afirmación con sus pruebas, adjuntos y veredicto?

«{claim}»

Editar → Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar esta %Ln afirmación con sus pruebas, adjuntos y veredicto?

Editar → Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar estas %Ln afirmaciones con sus pruebas, adjuntos y veredictos?

Editar → Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Eliminar afirmación</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>Eliminar afirmaciones</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Abrir caso de ejemplo</translation>
    </message>
    <message>
        <source>This case file already has claims. Add the sample claims to it, or create a new case file for the sample case?</source>
        <translation>Este expediente ya tiene afirmaciones. ¿Añadir las afirmaciones de ejemplo o crear un expediente nuevo para el caso de ejemplo?</translation>
    </message>
    <message>
        <source>Add to this case file</source>
        <translation>Añadir a este expediente</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Nuevo expediente…</translation>
    </message>
    <message>
        <source>The settings could not be saved ({problem}).</source>
        <translation>No se pudieron guardar los ajustes ({problem}).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to FactDesk</source>
        <translation>Bienvenido a FactDesk</translation>
    </message>
    <message>
        <source>Your name goes into the history of every change you make and onto the verdicts you review. You can change it later (Edit → Settings…).</source>
        <translation>Su nombre figura en el historial de cada cambio que haga y en los veredictos que revise. Puede cambiarlo después (Editar → Ajustes…).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Su nombre, como lo conocen sus colegas</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Texto de la afirmación</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>La afirmación, palabra por palabra, tal como se hizo</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Quién hizo la afirmación</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Dónde apareció la afirmación (URL)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Checked before? Similar claims already in this case file:</source>
        <translation>¿Ya verificada? Afirmaciones parecidas en este expediente:</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Añadir afirmación</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;firmación</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Apareció &amp;en</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>Colleagues on this claim</source>
        <translation>Colegas en esta afirmación</translation>
    </message>
    <message>
        <source>Also on this claim: {names}</source>
        <translation>También en esta afirmación: {names}</translation>
    </message>
    <message>
        <source>Colleagues with a claim open: {names}</source>
        <translation>Colegas con una afirmación abierta: {names}</translation>
    </message>
</context>
<context>
    <name>RatingScaleDialog</name>
    <message>
        <source>Rating scale</source>
        <translation>Escala de calificación</translation>
    </message>
    <message>
        <source>Ratings of the scale, most true first</source>
        <translation>Calificaciones de la escala, de la más verdadera a la menos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the rating up the scale</source>
        <translation>Subir la calificación en la escala</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the rating down the scale</source>
        <translation>Bajar la calificación en la escala</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>Choose the rating&apos;s colour</source>
        <translation>Elegir el color de la calificación</translation>
    </message>
    <message>
        <source>Colour from &amp;place</source>
        <translation>Color según la &amp;posición</translation>
    </message>
    <message>
        <source>Colour the rating by its place on the scale</source>
        <translation>Colorear la calificación según su posición en la escala</translation>
    </message>
    <message>
        <source>Rating to merge into</source>
        <translation>Calificación con la que fusionar</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Fusionar con</translation>
    </message>
    <message>
        <source>Merge the selected rating into another</source>
        <translation>Fusionar la calificación seleccionada con otra</translation>
    </message>
    <message>
        <source>Relabel every verdict with the selected rating as the chosen one, then remove the selected rating (Edit → Undo takes it back)</source>
        <translation>Cambiar cada veredicto con la calificación seleccionada a la elegida y luego quitar la seleccionada (Editar → Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Double-click a label or a value to change it. A rating with no colour of its own is coloured by its place: the most true green, the least true red, ratings off the numeric scale grey.</source>
        <translation>Haga doble clic en una etiqueta o un valor para cambiarlo. Una calificación sin color propio se colorea según su posición: la más verdadera en verde, la menos en rojo, las que están fuera de la escala numérica en gris.</translation>
    </message>
    <message>
        <source>Foreign rating labels and their ratings</source>
        <translation>Etiquetas de calificación ajenas y sus calificaciones</translation>
    </message>
    <message>
        <source>Rating for the selected label</source>
        <translation>Calificación para la etiqueta seleccionada</translation>
    </message>
    <message>
        <source>Map &amp;to</source>
        <translation>Asignar &amp;a</translation>
    </message>
    <message>
        <source>Map the selected label to the chosen rating</source>
        <translation>Asignar la etiqueta seleccionada a la calificación elegida</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget the selected label&apos;s mapping</source>
        <translation>Olvidar la correspondencia de la etiqueta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Escala</translation>
    </message>
    <message>
        <source>Foreign &amp;labels</source>
        <translation>Etiquetas &amp;ajenas</translation>
    </message>
    <message>
        <source>Colour of {rating}</source>
        <translation>Color de {rating}</translation>
    </message>
    <message>
        <source>Choose another rating to merge into.</source>
        <translation>Elija otra calificación con la que fusionar.</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación para publicar</translation>
    </message>
    <message>
        <source>Met: {rule}. {detail}</source>
        <translation>Cumplida: {rule}. {detail}</translation>
    </message>
    <message>
        <source>Not met: {rule}. {detail}</source>
        <translation>No cumplida: {rule}. {detail}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There are no claims in this case file to report on.</source>
        <translation>No hay afirmaciones en este expediente sobre las que informar.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Páginas web (*.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting report</source>
        <translation>Exportando el informe</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe escrito en {path}</translation>
    </message>
    <message>
        <source>The report is written to
{path}</source>
        <translation>El informe se escribió en
{path}</translation>
    </message>
    <message>
        <source>

Worth knowing before you publish it:
</source>
        <translation>

Conviene saber antes de publicarlo:
</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>No program to show web pages was found; the report is at {path}.</source>
        <translation>No se encontró ningún programa para mostrar páginas web; el informe está en {path}.</translation>
    </message>
    <message>
        <source>The report was not exported: {problem}</source>
        <translation>No se exportó el informe: {problem}</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Exportación del informe cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Backups of {name} (kept in {folder}):</source>
        <translation>Copias de seguridad de {name} (guardadas en {folder}):</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Aún no hay copias de seguridad de {name}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>by place</source>
        <translation>según la posición</translation>
    </message>
    <message>
        <source>off the scale</source>
        <translation>fuera de la escala</translation>
    </message>
    <message>
        <source>chosen for this rating</source>
        <translation>elegido para esta calificación</translation>
    </message>
    <message>
        <source>from its place on the scale</source>
        <translation>según su posición en la escala</translation>
    </message>
    <message>
        <source>A whole number (more true is higher), or empty for a rating off the scale</source>
        <translation>Un número entero (más verdadero, más alto), o vacío para una calificación fuera de la escala</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>As it should appear in history and verdicts</source>
        <translation>Como debe aparecer en el historial y los veredictos</translation>
    </message>
    <message>
        <source>Default case file</source>
        <translation>Expediente predeterminado</translation>
    </message>
    <message>
        <source>default.factdesk in your data folder</source>
        <translation>default.factdesk en su carpeta de datos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the default case file</source>
        <translation>Elegir el expediente predeterminado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks</source>
        <translation>Quién publica las verificaciones</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Dirección web de la organización</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/</source>
        <translation>https://factcheck.example.org/</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make and is the default reviewer of verdicts. The default case file opens when no other was used last. Reports name the organisation as publisher, with its web address; each report&apos;s own address (its article URL) is asked for when it is exported.</source>
        <translation>Su nombre queda registrado en cada cambio que haga y es el revisor predeterminado de los veredictos. El archivo de caso predeterminado se abre cuando no se usó otro la última vez. Los informes nombran a la organización como editora, con su dirección web; la dirección propia de cada informe (la URL de su artículo) se pide al exportarlo.</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>Dirección &amp;web de la organización</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; it changes the next time FactDesk starts</source>
        <translation>Menús, botones y mensajes; cambia la próxima vez que se inicie FactDesk</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>The headings, dates and numbers of the reports you export; claims, evidence and rating labels stay as written</source>
        <translation>Los encabezados, fechas y números de los informes que exporte; las afirmaciones, las pruebas y las etiquetas de calificación quedan como se escribieron</translation>
    </message>
    <message>
        <source>Preview of a report in the chosen language</source>
        <translation>Vista previa de un informe en el idioma elegido</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Default case file</source>
        <translation>Expediente &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Idioma de la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Report language</source>
        <translation>Idioma de los &amp;informes</translation>
    </message>
    <message>
        <source>The sample case&apos;s report in this language:</source>
        <translation>El informe del caso de ejemplo en este idioma:</translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message>
        <source>Checked before? Similar claims in this case file:</source>
        <translation>¿Ya verificada? Afirmaciones parecidas en este expediente:</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>Afirmaciones parecidas</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open that claim instead</source>
        <translation>Pulse Intro o haga doble clic para abrir esa afirmación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the similar claims warning for this claim</source>
        <translation>Descartar el aviso de afirmaciones parecidas para esta afirmación</translation>
    </message>
    <message>
        <source>Stop showing this warning for this claim</source>
        <translation>Dejar de mostrar este aviso para esta afirmación</translation>
    </message>
    <message>
        <source>{by} on {date}: {rating}</source>
        <translation>{by} el {date}: {rating}</translation>
    </message>
    <message>
        <source>{by}: {rating}</source>
        <translation>{by}: {rating}</translation>
    </message>
    <message>
        <source>
Checked by </source>
        <translation>
Verificada por </translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln más)</numerusform>
            <numerusform>(+%Ln más)</numerusform>
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
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {field} in the browser</source>
        <translation>Abrir {field} en el navegador</translation>
    </message>
    <message>
        <source>Open this address in your web browser</source>
        <translation>Abrir esta dirección en el navegador web</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Rating shown</source>
        <translation>Calificación mostrada</translation>
    </message>
    <message>
        <source>Verdict summary</source>
        <translation>Resumen del veredicto</translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation>El veredicto en una línea</translation>
    </message>
    <message>
        <source>Rationale (Markdown)</source>
        <translation>Justificación (Markdown)</translation>
    </message>
    <message>
        <source>Why this rating: what the evidence shows, in Markdown (# heading, *emphasis*, - lists, [links](https://…))</source>
        <translation>Por qué esta calificación: lo que muestran las pruebas, en Markdown (# título, *énfasis*, - listas, [enlaces](https://…))</translation>
    </message>
    <message>
        <source>Rationale preview</source>
        <translation>Vista previa de la justificación</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview the rationale</source>
        <translation>Ver la justificación</translation>
    </message>
    <message>
        <source>Show the rationale as readers will see it (Ctrl+Shift+V)</source>
        <translation>Mostrar la justificación como la verán los lectores (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>now, or {format}</source>
        <translation>ahora, o {format}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Borrar veredicto</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Borrar el veredicto</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Marcar como publicada</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Marcar la afirmación como publicada</translation>
    </message>
    <message>
        <source>Set the claim&apos;s status to Published (Ctrl+Shift+P)</source>
        <translation>Poner el estado de la afirmación en Publicada (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>&amp;Calificación</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Re&amp;viewer</source>
        <translation>Re&amp;visor</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Ready to publish?</source>
        <translation>¿Lista para publicar?</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Sin calificar aún</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>Draft — not rated yet</source>
        <translation>Borrador — sin calificar aún</translation>
    </message>
    <message>
        <source>*No rationale yet.*</source>
        <translation>*Aún sin justificación.*</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline fact-checking workstation: claims, evidence and verdicts in one case file.</source>
        <translation>Una estación de verificación sin conexión: afirmaciones, pruebas y veredictos en un solo expediente.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6 {version}) and SQLite.</source>
        <translation>Hecho con Qt for Python (PySide6 {version}) y SQLite.</translation>
    </message>
    <message>
        <source>About FactDesk</source>
        <translation>Acerca de FactDesk</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{path} is damaged and was not restored.</source>
        <translation>{path} está dañado y no se restauró.</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
    <message>
        <source>{problem}

Open a case file on this computer instead, or create a new one?</source>
        <translation>{problem}

¿Abrir en su lugar un expediente de este ordenador, o crear uno nuevo?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir otro…</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Nuevo expediente…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Abrir expediente</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>FactDesk hit an unexpected error: {error}

Your saved work is safe: every edit is saved as you make it.</source>
        <translation>FactDesk encontró un error inesperado: {error}

Su trabajo guardado está a salvo: cada cambio se guarda al hacerlo.</translation>
    </message>
    <message>
        <source>Details were written to {log}.</source>
        <translation>Los detalles se escribieron en {log}.</translation>
    </message>
</context>
<context>
    <name>attach_worker</name>
    <message>
        <source>Reading files to attach</source>
        <translation>Leyendo los archivos que adjuntar</translation>
    </message>
    <message>
        <source>Storing in the case file</source>
        <translation>Guardando en el expediente</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Adjuntando archivos</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Back up case file</source>
        <translation>Hacer copia del expediente</translation>
    </message>
    <message>
        <source>FactDesk case files (*.factdesk)</source>
        <translation>Expedientes de FactDesk (*.factdesk)</translation>
    </message>
    <message>
        <source>{when} ({age}, {why}, {size})</source>
        <translation>{when} ({age}, {why}, {size})</translation>
    </message>
    <message>
        <source>

It is listed in File → Restore from backup….</source>
        <translation>

Figura en Archivo → Restaurar desde una copia….</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>A verified copy of {name} was written to
{path}
({size}).</source>
        <translation>Se escribió una copia verificada de {name} en
{path}
({size}).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Copia de seguridad cancelada</translation>
    </message>
    <message>
        <source>No copy was written.</source>
        <translation>No se escribió ninguna copia.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {backup}?

The current file is kept aside as a backup first.</source>
        <translation>¿Reemplazar {name} por la copia del {backup}?

Antes se guarda aparte el archivo actual como copia.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>The file it replaced is kept at {path}.</source>
        <translation>El archivo reemplazado se conserva en {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} se restauró desde la copia del {backup}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database structure, the links between records, every attachment&apos;s fingerprint and the search index all check out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La estructura de la base de datos, los vínculos entre registros, la huella de cada adjunto y el índice de búsqueda están en orden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bundle_transfer</name>
    <message>
        <source>kept mine</source>
        <translation>se conservó la mía</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>se tomó la suya</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>se conservaron ambas</translation>
    </message>
    <message>
        <source>Claim bundles (*{suffix});;All files (*)</source>
        <translation>Paquetes de afirmaciones (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
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
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is imported.</source>
        <translation>{name} se ha importado.</translation>
    </message>
    <message>
        <source>Added: {claims}</source>
        <translation>Añadidas: {claims}</translation>
    </message>
    <message>
        <source>Updated: {claims}</source>
        <translation>Actualizadas: {claims}</translation>
    </message>
    <message>
        <source>Unchanged: {claims}</source>
        <translation>Sin cambios: {claims}</translation>
    </message>
    <message>
        <source>Conflicts settled: {count} ({how})</source>
        <translation>Conflictos resueltos: {count} ({how})</translation>
    </message>
    <message>
        <source>Conflicts settled: none</source>
        <translation>Conflictos resueltos: ninguno</translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Pruebas: {added} añadidas, {updated} actualizadas, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Avisos: ninguno</translation>
    </message>
    <message>
        <source>The case file was backed up just before the import; File → Restore from backup… lists that copy.</source>
        <translation>Se hizo una copia del expediente justo antes de la importación; Archivo → Restaurar desde una copia… la muestra.</translation>
    </message>
</context>
<context>
    <name>case_safety</name>
    <message>
        <source>Not a case file</source>
        <translation>No es un expediente</translation>
    </message>
    <message>
        <source>today&apos;s backup of {name} could not be made ({problem}).</source>
        <translation>no se pudo hacer la copia de hoy de {name} ({problem}).</translation>
    </message>
</context>
<context>
    <name>claim_comparison</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Sin pruebas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Sin calificar aún</translation>
    </message>
    <message>
        <source>Not rated yet (draft)</source>
        <translation>Sin calificar aún (borrador)</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>Revisado por {reviewer}</translation>
    </message>
    <message>
        <source>(differs further on)</source>
        <translation>(difiere más adelante)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message>
        <source>⚠ capture integrity failed</source>
        <translation>⚠ falló la integridad de la captura</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(prueba sin título)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln archivo adjunto</numerusform>
            <numerusform>%Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Source {grade}: {meaning}</source>
        <translation>Fuente {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Information {grade}: {meaning}</source>
        <translation>Información {grade}: {meaning}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (UTC)</source>
        <translation>AAAA-MM-DD HH:MM (UTC)</translation>
    </message>
</context>
<context>
    <name>file_import</name>
    <message>
        <source>choose the field of each column (one must be the claim), then Update preview</source>
        <translation>elija el campo de cada columna (una debe ser la afirmación) y luego Actualizar vista previa</translation>
    </message>
</context>
<context>
    <name>history_pane</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Added to a claim here</source>
        <translation>Añadida a una afirmación de aquí</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Changed here: kept</source>
        <translation>Cambiado aquí: se conserva</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Choose what each column holds (one must be the claim), then Update preview.</source>
        <translation>Elija qué contiene cada columna (una debe ser la afirmación) y luego Actualizar vista previa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln afirmación que añadir</numerusform>
            <numerusform>%Ln afirmaciones que añadir</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to add to or update</source>
        <translation>{count} que añadir o actualizar</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) changed here (kept as they are)</source>
        <translation>
            <numerusform>%Ln afirmación cambiada aquí (se conserva como está)</numerusform>
            <numerusform>%Ln afirmaciones cambiadas aquí (se conservan como están)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Pruebas: {added} añadidas, {updated} actualizadas, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>, {count} kept as edited here</source>
        <translation>, {count} conservadas tal como se editaron aquí</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Conservar ambas (añadir la suya como copia)</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>conservar la mía</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>tomar la suya</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>conservar ambas</translation>
    </message>
    <message>
        <source>Keep this case file&apos;s version of what conflicts; the rest of theirs is merged.</source>
        <translation>Conservar la versión de este expediente en lo que choca; el resto de la suya se fusiona.</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s version; yours stays in the claim&apos;s history.</source>
        <translation>Tomar la versión del paquete; la suya queda en el historial de la afirmación.</translation>
    </message>
    <message>
        <source>Add the bundle&apos;s claim as a new claim, linked to yours; yours is left alone.</source>
        <translation>Añadir la afirmación del paquete como nueva, vinculada a la suya; la suya no se toca.</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} nuevas</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} actualizadas</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} en conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln afirmación que añadir</numerusform>
            <numerusform>%Ln afirmaciones que añadir</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} que actualizar</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) ({how})</source>
        <translation>
            <numerusform>%Ln conflicto ({how})</numerusform>
            <numerusform>%Ln conflictos ({how})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Pruebas: {added} añadidas, {updated} actualizadas, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>, {count} in conflict</source>
        <translation>, {count} en conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>sin pruebas</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>the claim itself (text, claimant, status, tags or verdict)</source>
        <translation>la propia afirmación (texto, autor, estado, etiquetas o veredicto)</translation>
    </message>
    <message>
        <source>evidence “{title}”</source>
        <translation>la prueba «{title}»</translation>
    </message>
    <message>
        <source>Both versions differ and this case file&apos;s copy was not imported from a bundle</source>
        <translation>Las dos versiones difieren y la copia de este expediente no se importó de un paquete</translation>
    </message>
    <message>
        <source>Changed here since it was last imported, and changed in the bundle too</source>
        <translation>Cambiada aquí desde la última importación, y cambiada también en el paquete</translation>
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
        <translation>Expedientes de FactDesk (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
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
        <translation>¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>This fact-check does not meet every rule yet:

{rules}

Publish anyway? The history will record the rules it was published without.</source>
        <translation>Esta verificación aún no cumple todas las reglas:

{rules}

¿Publicar de todos modos? El historial registrará las reglas que no cumplía al publicarse.</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publicar de todos modos</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… y %Ln más.</numerusform>
            <numerusform>… y %Ln más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scale_commands</name>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>Change rating {names}</source>
        <translation>Cambiar la calificación {names}</translation>
    </message>
    <message>
        <source>Reorder the rating scale</source>
        <translation>Reordenar la escala de calificación</translation>
    </message>
    <message>
        <source>Merge rating into {rating}</source>
        <translation>Fusionar la calificación con {rating}</translation>
    </message>
    <message>
        <source>Map rating label {label}</source>
        <translation>Asignar la etiqueta de calificación {label}</translation>
    </message>
    <message>
        <source>Dismiss “checked before?”</source>
        <translation>Descartar «¿ya verificada?»</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Supports the claim</source>
        <translation>Respalda la afirmación</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>Refuta la afirmación</translation>
    </message>
    <message>
        <source>Gives context</source>
        <translation>Aporta contexto</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Incierta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Fact-check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Photo, video or audio</source>
        <translation>Foto, vídeo o audio</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Refuta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message>
        <source>Change claim {fields}</source>
        <translation>Cambiar {fields} de la afirmación</translation>
    </message>
    <message>
        <source>Change evidence {fields}</source>
        <translation>Cambiar {fields} de la prueba</translation>
    </message>
    <message>
        <source>Change verdict {fields}</source>
        <translation>Cambiar {fields} del veredicto</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>Delete claim “{claim}”</source>
        <translation>Eliminar la afirmación «{claim}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln claims</source>
        <translation>
            <numerusform>Eliminar %Ln afirmación</numerusform>
            <numerusform>Eliminar %Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Abrir caso de ejemplo</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Mover prueba</translation>
    </message>
    <message>
        <source>Delete evidence “{title}”</source>
        <translation>Eliminar la prueba «{title}»</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Eliminar prueba</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Remove attachment {file}</source>
        <translation>Quitar el adjunto {file}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Borrar veredicto</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Marcar la afirmación como publicada</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
