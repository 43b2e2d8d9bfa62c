<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>About the attachment</source>
        <translation>Sobre o anexo</translation>
    </message>
    <message>
        <source>Capture integrity warning</source>
        <translation>Aviso de integridade da captura</translation>
    </message>
    <message>
        <source>The same picture elsewhere in the case</source>
        <translation>A mesma imagem em outras partes do caso</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>Ver captura</translation>
    </message>
    <message>
        <source>View the archived page, made inert</source>
        <translation>Ver a página arquivada, desativada</translation>
    </message>
    <message>
        <source>Open the archived page in your browser with its scripts removed and every request blocked: viewing it never contacts the site</source>
        <translation>Abre a página arquivada no navegador sem os scripts e com todas as requisições bloqueadas: vê-la nunca contata o site</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Ver no mapa</translation>
    </message>
    <message>
        <source>Show where the photo was taken on OpenStreetMap</source>
        <translation>Mostrar no OpenStreetMap onde a foto foi tirada</translation>
    </message>
    <message>
        <source>Open the photo&apos;s GPS position on OpenStreetMap in your browser</source>
        <translation>Abrir a posição GPS da foto no OpenStreetMap no navegador</translation>
    </message>
    <message>
        <source>⚠ Capture integrity failed: {detail}</source>
        <translation>⚠ Falha na integridade da captura: {detail}</translation>
    </message>
    <message>
        <source>Page text: {text}</source>
        <translation>Texto da página: {text}</translation>
    </message>
    <message>
        <source>The same picture elsewhere in this case:</source>
        <translation>A mesma imagem em outras partes deste caso:</translation>
    </message>
    <message>
        <source>• {file} — claim “{claim}” ({id})</source>
        <translation>• {file} — afirmação “{claim}” ({id})</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the capture for viewing</source>
        <translation>Preparando a captura para exibição</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Web captures (WARC, WACZ, MHTML, saved pages) are verified and their page text is searchable.</source>
        <translation>Solte arquivos aqui para anexá-los. Capturas web (WARC, WACZ, MHTML, páginas salvas) são verificadas e o texto delas pode ser pesquisado.</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anexar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>Salvar cópia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Abrir anexo</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Salvar uma cópia do anexo</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
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
        <translation>Anexar arquivos à evidência</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Não aberto</translation>
    </message>
    <message>
        <source>{file} is not a picture, a PDF or plain text (it says it is {type}). Files of other kinds can run programs when opened, so FactDesk does not open them. Save a copy to look at it with a program you trust.</source>
        <translation>{file} não é uma imagem, um PDF nem texto simples (diz ser {type}). Arquivos de outros tipos podem executar programas ao serem abertos, então o FactDesk não os abre. Salve uma cópia para vê-la com um programa confiável.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <source>There are no claims in this case file to export.</source>
        <translation>Não há afirmações neste dossiê para exportar.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation>Exportando o pacote</translation>
    </message>
    <message>
        <source>The bundle was not exported</source>
        <translation>O pacote não foi exportado</translation>
    </message>
    <message>
        <source>Bundle export cancelled; no file was written.</source>
        <translation>Exportação do pacote cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Bundle written to {path}</source>
        <translation>Pacote gravado em {path}</translation>
    </message>
    <message>
        <source>Exported {claims}, {evidence} and {files} to
{path}
({size}).</source>
        <translation>Exportados {claims}, {evidence} e {files} para
{path}
({size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln evidência</numerusform>
            <numerusform>%Ln evidências</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln arquivo anexado</numerusform>
            <numerusform>%Ln arquivos anexados</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Pacote exportado</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar pacote</translation>
    </message>
    <message>
        <source>Reading bundle</source>
        <translation>Lendo o pacote</translation>
    </message>
    <message>
        <source>The bundle cannot be imported</source>
        <translation>O pacote não pode ser importado</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>Importando o pacote</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>Nada foi importado; o dossiê está como estava</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>A importação foi cancelada. Nada foi importado; o dossiê está como estava.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Pacote importado</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>{case} cannot be reached; nothing was saved. Try again when the window is back online.</source>
        <translation>Não é possível acessar {case}; nada foi salvo. Tente de novo quando a janela estiver on-line outra vez.</translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>Checking the case file</source>
        <translation>Verificando o dossiê</translation>
    </message>
    <message>
        <source>The case file could not be checked: {problem}</source>
        <translation>Não foi possível verificar o dossiê: {problem}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check case file</source>
        <translation>Verificar dossiê</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>The case file is read-only.</source>
        <translation>O dossiê é somente leitura.</translation>
    </message>
    <message>
        <source>Repair failed</source>
        <translation>O reparo falhou</translation>
    </message>
</context>
<context>
    <name>ClaimComparison</name>
    <message>
        <source>The two versions of the claim</source>
        <translation>As duas versões da afirmação</translation>
    </message>
    <message>
        <source>In this case file (mine)</source>
        <translation>Neste dossiê (a minha)</translation>
    </message>
    <message>
        <source>In the bundle (theirs)</source>
        <translation>No pacote (a deles)</translation>
    </message>
    <message>
        <source>{field}: the two versions differ</source>
        <translation>{field}: as duas versões diferem</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim text</source>
        <translation>Texto da afirmação</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>A afirmação, palavra por palavra, como foi feita</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Quem fez a afirmação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Onde a afirmação apareceu (URL)</translation>
    </message>
    <message>
        <source>Where the claim appeared (title)</source>
        <translation>Onde a afirmação apareceu (título)</translation>
    </message>
    <message>
        <source>Title of the page, programme or post</source>
        <translation>Título da página, do programa ou da postagem</translation>
    </message>
    <message>
        <source>Date the claim appeared</source>
        <translation>Data em que a afirmação apareceu</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Working notes on the claim</source>
        <translation>Notas de trabalho sobre a afirmação</translation>
    </message>
    <message>
        <source>Working notes: open questions, leads, what to check next (not published)</source>
        <translation>Notas de trabalho: perguntas em aberto, pistas, o que checar em seguida (não publicadas)</translation>
    </message>
    <message>
        <source>Cla&amp;im</source>
        <translation>Afir&amp;mação</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Apareceu &amp;em</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Dat&amp;a</translation>
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
        <translation>O texto da afirmação não pode ficar vazio; o texto anterior foi mantido.</translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message>
        <source>Search claims, evidence, verdicts…</source>
        <translation>Pesquisar afirmações, evidências, veredictos…</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Pesquisar afirmações</translation>
    </message>
    <message>
        <source>Full-text search over claims, evidence and verdicts (Ctrl+F)</source>
        <translation>Pesquisa de texto completo em afirmações, evidências e veredictos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Filtrar por classificação</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmações</translation>
    </message>
    <message>
        <source>Ministry of Defence</source>
        <translation>Ministério da Defesa</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>Em apuração</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Quase falso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Number of claims shown</source>
        <translation>Número de afirmações exibidas</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualquer etiqueta</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Qualquer classificação</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda não classificada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) found</source>
        <translation>
            <numerusform>%Ln afirmação encontrada</numerusform>
            <numerusform>%Ln afirmações encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmação</numerusform>
            <numerusform>%Ln afirmações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimScopeBox</name>
    <message>
        <source>The selected claim: {claim}</source>
        <translation>A afirmação selecionada: {claim}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected claim(s)</source>
        <translation>
            <numerusform>A %Ln afirmação selecionada</numerusform>
            <numerusform>As %Ln afirmações selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected claims</source>
        <translation>As afirmações selecionadas</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Todas as afirmações</translation>
    </message>
    <message>
        <source>Claims &amp;tagged</source>
        <translation>Afirmações &amp;etiquetadas</translation>
    </message>
    <message>
        <source>Claims with a tag</source>
        <translation>Afirmações com uma etiqueta</translation>
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
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>Atualizada {when}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else: {field}</source>
        <translation>Alterado por outra pessoa: {field}</translation>
    </message>
    <message>
        <source>Save refused: two versions of a field</source>
        <translation>Gravação recusada: duas versões de um campo</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
    <message>
        <source>{who} changed the {field} at {when} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} alterou o campo “{field}” em {when}, depois que você o carregou, então sua alteração não foi salva. Nada se perde: escolha qual versão manter.</translation>
    </message>
    <message>
        <source>{who} changed the {field} after you loaded it, so your change was not saved. Nothing is lost: choose which version to keep.</source>
        <translation>{who} alterou o campo “{field}” depois que você o carregou, então sua alteração não foi salva. Nada se perde: escolha qual versão manter.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}, {when}</source>
        <translation>A outra — salva por {who}, {when}</translation>
    </message>
    <message>
        <source>Theirs — saved by {who}</source>
        <translation>A outra — salva por {who}</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>A outra versão</translation>
    </message>
    <message>
        <source>Yours — not saved yet</source>
        <translation>A sua — ainda não salva</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Manter minha versão</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceitar a outra</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>Aceitar a outra versão</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit my version before saving it</source>
        <translation>Editar minha versão antes de salvá-la</translation>
    </message>
    <message>
        <source>Write the version to keep, from both, then save it</source>
        <translation>Escreva, a partir das duas, a versão a manter e salve-a</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Salvar minha versão</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>Conectar ao servidor da equipe</translation>
    </message>
    <message>
        <source>The address your desk&apos;s administrator gave you, such as
{example}

Passwords come from ~/.pgpass or a PostgreSQL service file, never from here: FactDesk does not store or show them.</source>
        <translation>O endereço que a administração da sua redação lhe deu, como
{example}

As senhas vêm de ~/.pgpass ou de um arquivo de serviço do PostgreSQL, nunca daqui: o FactDesk não as guarda nem as mostra.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>Como conectar</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://usuário@servidor/banco</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problema com o endereço</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Not a server address: a server address starts with postgresql://.</source>
        <translation>Não é um endereço de servidor: um endereço de servidor começa com postgresql://.</translation>
    </message>
    <message>
        <source>Not a server address: {reason}.</source>
        <translation>Não é um endereço de servidor: {reason}.</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <source>Case file damaged</source>
        <translation>Dossiê danificado</translation>
    </message>
    <message>
        <source>The newest sound backup is from {backup}.</source>
        <translation>O backup íntegro mais recente é de {backup}.</translation>
    </message>
    <message>
        <source>No backup of it was found. Keep the file: a data-recovery tool may still save much of it.</source>
        <translation>Nenhum backup foi encontrado. Guarde o arquivo: uma ferramenta de recuperação de dados ainda pode salvar boa parte dele.</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurar este backup…</translation>
    </message>
    <message>
        <source>Other backups…</source>
        <translation>Outros backups…</translation>
    </message>
</context>
<context>
    <name>DateProblem</name>
    <message>
        <source>Problem with the date</source>
        <translation>Problema com a data</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Alterado em outro lugar</translation>
    </message>
    <message>
        <source>Changed elsewhere: what changed</source>
        <translation>Alterado em outro lugar: o que mudou</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Usar a deles</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Usar a outra versão</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Manter minha versão</translation>
    </message>
    <message>
        <source>The {field} was changed elsewhere while you were typing. Your text is kept. Theirs: “{text}”</source>
        <translation>O campo {field} foi alterado em outro lugar enquanto você digitava. Seu texto foi mantido. O outro: “{text}”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>This case file has no claims yet</source>
        <translation>Este dossiê ainda não tem afirmações</translation>
    </message>
    <message>
        <source>Start with a claim you want to check, or open the sample case — a worked fact-check with evidence, grading and a verdict — to see how FactDesk is used.</source>
        <translation>Comece com uma afirmação que você quer checar, ou abra o caso de exemplo — uma checagem completa com evidências, gradação e veredicto — para ver como o FactDesk é usado.</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Abrir caso de exemplo</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>Abrir o caso de exemplo</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nova afirmação</translation>
    </message>
    <message>
        <source>Add a new claim</source>
        <translation>Adicionar uma nova afirmação</translation>
    </message>
</context>
<context>
    <name>EvidenceForm</name>
    <message>
        <source>How reliable the source is, from its track record (Admiralty code A–F).</source>
        <translation>Quão confiável é a fonte, pelo histórico dela (código do Almirantado A–F).</translation>
    </message>
    <message>
        <source>How credible this piece of information is on its own (Admiralty code 1–6).</source>
        <translation>Quão crível é esta informação por si só (código do Almirantado 1–6).</translation>
    </message>
    <message>
        <source>Headline or name of the document</source>
        <translation>Manchete ou nome do documento</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL da evidência</translation>
    </message>
    <message>
        <source>Outlet, institution or agency</source>
        <translation>Veículo, instituição ou órgão</translation>
    </message>
    <message>
        <source>When you read or saved the source, in UTC; filled in with now when you enter the URL</source>
        <translation>Quando você leu ou salvou a fonte, em UTC; preenchido com o momento atual ao inserir a URL</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sem gradação</translation>
    </message>
    <message>
        <source>The passage that matters, quoted exactly</source>
        <translation>O trecho relevante, citado exatamente</translation>
    </message>
    <message>
        <source>Your notes: how you found it, what to check</source>
        <translation>Suas notas: como você a encontrou, o que checar</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Tipo de evidência</translation>
    </message>
    <message>
        <source>Evidence title</source>
        <translation>Título da evidência</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Data de publicação</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Data de acesso</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Confiabilidade da fonte</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Credibilidade da informação</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Notas sobre a evidência</translation>
    </message>
    <message>
        <source>Acc&amp;essed</source>
        <translation>Aces&amp;sada</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>Cre&amp;dibilidade</translation>
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
        <translation>&amp;Publicado por</translation>
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
        <translation>Posi&amp;ção</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Confiabilidade</translation>
    </message>
    <message>
        <source>E&amp;xcerpt</source>
        <translation>T&amp;recho</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop a web address or a file here to add it as evidence.</source>
        <translation>Arraste para reordenar. Solte aqui um endereço web ou um arquivo para adicioná-lo como evidência.</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>&amp;Adicionar evidência</translation>
    </message>
    <message>
        <source>Add an evidence item to this claim (Ctrl+E)</source>
        <translation>Adicionar uma evidência a esta afirmação (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Excluir evidência</translation>
    </message>
    <message>
        <source>Move evidence up</source>
        <translation>Mover evidência para cima</translation>
    </message>
    <message>
        <source>Move evidence down</source>
        <translation>Mover evidência para baixo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Evidence item {n} of {total}</source>
        <translation>Evidência {n} de {total}</translation>
    </message>
    <message>
        <source>Add dropped evidence</source>
        <translation>Adicionar a evidência solta</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Afirmações a exportar</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file</source>
        <translation>
            <numerusform>A %Ln afirmação deste dossiê</numerusform>
            <numerusform>As %Ln afirmações deste dossiê</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim</source>
        <translation>A única afirmação</translation>
    </message>
    <message>
        <source>Bundle title</source>
        <translation>Título do pacote</translation>
    </message>
    <message>
        <source>Optional, shown to whoever imports it</source>
        <translation>Opcional, mostrado a quem o importar</translation>
    </message>
    <message>
        <source>A bundle holds the claims with their evidence, attached files and verdicts. A colleague adds it to their case file with File → Import bundle…; claims they already have are updated or shown as conflicts, never duplicated.</source>
        <translation>Um pacote contém as afirmações com suas evidências, arquivos anexados e veredictos. Um colega o adiciona ao dossiê dele com Arquivo → Importar pacote…; afirmações que ele já tem são atualizadas ou mostradas como conflitos, nunca duplicadas.</translation>
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
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Relatório sobre</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file, oldest first</source>
        <translation>
            <numerusform>A %Ln afirmação deste dossiê</numerusform>
            <numerusform>As %Ln afirmações deste dossiê, da mais antiga para a mais recente</numerusform>
        </translation>
    </message>
    <message>
        <source>The one claim in this case file</source>
        <translation>A única afirmação deste dossiê</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Título do relatório</translation>
    </message>
    <message>
        <source>Optional headline (a single claim is headed by the claim itself)</source>
        <translation>Título opcional (uma afirmação sozinha é o próprio título)</translation>
    </message>
    <message>
        <source>Adds the notes on claims and evidence, and marks every page “Internal review copy — not for publication”. Leave it off for a report you publish.</source>
        <translation>Adiciona as notas sobre afirmações e evidências e marca cada página com “Cópia de revisão interna — não publicar”. Deixe desmarcado em um relatório que você vai publicar.</translation>
    </message>
    <message>
        <source>Published by (organisation)</source>
        <translation>Publicado por (organização)</translation>
    </message>
    <message>
        <source>Your newsroom or fact-checking organisation</source>
        <translation>Sua redação ou organização de checagem</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Endereço web da organização</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/ (remembered)</source>
        <translation>https://factcheck.example.org/ (fica registrado)</translation>
    </message>
    <message>
        <source>Article URL of this report</source>
        <translation>URL do artigo deste relatório</translation>
    </message>
    <message>
        <source>https://… the page this report will be published as</source>
        <translation>https://… a página em que este relatório será publicado</translation>
    </message>
    <message>
        <source>The address of the published fact-check: search engines read it from the report&apos;s ClaimReview data. Leave it empty if it is not known yet.</source>
        <translation>O endereço da checagem publicada: os buscadores o leem nos dados ClaimReview do relatório. Deixe em branco se ainda não for conhecido.</translation>
    </message>
    <message>
        <source>What must be fixed before exporting</source>
        <translation>O que precisa ser corrigido antes de exportar</translation>
    </message>
    <message>
        <source>{problem}. Type the name of the organisation that publishes this fact-check, or include the working notes for an internal review copy.</source>
        <translation>{problem}. Digite o nome da organização que publica esta checagem ou inclua as notas de trabalho para uma cópia de revisão interna.</translation>
    </message>
    <message>
        <source>The article URL is your organisation&apos;s web address: complete it with the address of this fact-check&apos;s own page, or clear it to export without one.</source>
        <translation>A URL do artigo é o endereço web da sua organização: complete-a com o endereço da página desta checagem ou apague-a para exportar sem ela.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <source>Include &amp;working notes</source>
        <translation>Incluir as notas de &amp;trabalho</translation>
    </message>
    <message>
        <source>An internal review copy, marked on every page as not for publication</source>
        <translation>Uma cópia de revisão interna, marcada em cada página como não destinada à publicação</translation>
    </message>
    <message>
        <source>What including the working notes makes</source>
        <translation>O que se obtém ao incluir as notas de trabalho</translation>
    </message>
    <message>
        <source>The language of the report&apos;s headings, dates and numbers; the claims, evidence and rating labels stay as written</source>
        <translation>O idioma dos títulos, datas e números do relatório; as afirmações, evidências e rótulos de classificação ficam como foram escritos</translation>
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
        <translation>Endereço &amp;web da organização</translation>
    </message>
    <message>
        <source>&amp;Article URL</source>
        <translation>URL do &amp;artigo</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Idioma do relatório</translation>
    </message>
</context>
<context>
    <name>ExportSpreadsheetDialog</name>
    <message>
        <source>Export spreadsheet</source>
        <translation>Exportar planilha</translation>
    </message>
    <message>
        <source>Claims to export</source>
        <translation>Afirmações a exportar</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln claim(s)</source>
        <translation>
            <numerusform>A %Ln afirmação</numerusform>
            <numerusform>As %Ln afirmações</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;evidence item (with its claim&apos;s id)</source>
        <translation>Uma linha por &amp;evidência (com o id da afirmação)</translation>
    </message>
    <message>
        <source>One row per evidence item</source>
        <translation>Uma linha por evidência</translation>
    </message>
    <message>
        <source>CSV in UTF-8, readable by Excel, LibreOffice and Google Sheets. Cells that a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>CSV em UTF-8, legível no Excel, LibreOffice e Google Sheets. Células que uma planilha executaria como fórmula são gravadas com um apóstrofo na frente.</translation>
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
        <translation>Checagens, planilhas e citações ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Lendo os arquivos</translation>
    </message>
    <message>
        <source>The files cannot be imported</source>
        <translation>Os arquivos não podem ser importados</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Nothing was imported; the case file is as it was</source>
        <translation>Nada foi importado; o dossiê está como estava</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; the case file is as it was.</source>
        <translation>A importação foi cancelada. Nada foi importado; o dossiê está como estava.</translation>
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
        <translation>Exportar planilha</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Planilhas (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Exporting spreadsheet</source>
        <translation>Exportando a planilha</translation>
    </message>
    <message>
        <source>The spreadsheet was not written</source>
        <translation>A planilha não foi gravada</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Spreadsheet written to {path}</source>
        <translation>Planilha gravada em {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln evidence item(s) to
{path}</source>
        <translation>
            <numerusform>%Ln evidência gravada em
{path}</numerusform>
            <numerusform>%Ln evidências gravadas em
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln claim(s) to
{path}</source>
        <translation>
            <numerusform>%Ln afirmação gravada em
{path}</numerusform>
            <numerusform>%Ln afirmações gravadas em
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet exported</source>
        <translation>Planilha exportada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History of the claim</source>
        <translation>Histórico da afirmação</translation>
    </message>
</context>
<context>
    <name>ImportFilesDialog</name>
    <message>
        <source>Import — preview</source>
        <translation>Importar — prévia</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Arquivos a importar</translation>
    </message>
    <message>
        <source>As &amp;evidence: each fact-check is evidence on its claim</source>
        <translation>Como &amp;evidências: cada checagem é evidência sobre a afirmação dela</translation>
    </message>
    <message>
        <source>Import fact-checks as evidence</source>
        <translation>Importar checagens como evidências</translation>
    </message>
    <message>
        <source>As &amp;verdicts: the reviews are this newsroom&apos;s own (an archive moving in)</source>
        <translation>Como &amp;veredictos: as checagens são desta redação (um arquivo sendo trazido)</translation>
    </message>
    <message>
        <source>Import reviews as verdicts</source>
        <translation>Importar checagens como veredictos</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim {claim}</source>
        <translation>Adicionar tudo como evidências da afirmação selecionada {claim}</translation>
    </message>
    <message>
        <source>Add everything as evidence of the selected claim (none is selected)</source>
        <translation>Adicionar tudo como evidências da afirmação selecionada (nenhuma selecionada)</translation>
    </message>
    <message>
        <source>Add everything to the selected claim</source>
        <translation>Adicionar tudo à afirmação selecionada</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>O que a importação fará</translation>
    </message>
    <message>
        <source>Spreadsheet columns and the field each goes to</source>
        <translation>Colunas da planilha e o campo de cada uma</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primeira linha</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Vai para</translation>
    </message>
    <message>
        <source>Foreign rating labels and the ratings they map to</source>
        <translation>Rótulos de classificação externos e as classificações correspondentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Corresponde a</translation>
    </message>
    <message>
        <source>What happens to each item</source>
        <translation>O que acontece com cada item</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Warnings about the files</source>
        <translation>Avisos sobre os arquivos</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Atualizar prévia</translation>
    </message>
    <message>
        <source>Update the preview with these choices</source>
        <translation>Atualizar a prévia com estas escolhas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Sem avisos.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colunas</translation>
    </message>
    <message>
        <source>&amp;Ratings ({count})</source>
        <translation>&amp;Classificações ({count})</translation>
    </message>
    <message>
        <source>I&amp;tems ({count})</source>
        <translation>I&amp;tens ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Avisos ({count})</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Coluna {n}</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Campo para {column}</translation>
    </message>
    <message>
        <source>— not imported</source>
        <translation>— não importado</translation>
    </message>
    <message>
        <source>Rating for {label}</source>
        <translation>Classificação para {label}</translation>
    </message>
    <message>
        <source>New rating, off the numeric scale</source>
        <translation>Nova classificação, fora da escala numérica</translation>
    </message>
    <message>
        <source>Leave unmapped (keep the label as text)</source>
        <translation>Deixar sem correspondência (manter o rótulo como texto)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle — {name}</source>
        <translation>Importar pacote — {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmação</numerusform>
            <numerusform>%Ln afirmações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln evidência</numerusform>
            <numerusform>%Ln evidências</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln arquivo anexado</numerusform>
            <numerusform>%Ln arquivos anexados</numerusform>
        </translation>
    </message>
    <message>
        <source>made by {name}</source>
        <translation>feito por {name}</translation>
    </message>
    <message>
        <source>with {program}</source>
        <translation>com {program}</translation>
    </message>
    <message>
        <source>newest change {date}</source>
        <translation>alteração mais recente {date}</translation>
    </message>
    <message>
        <source>The bundle&apos;s title</source>
        <translation>O título do pacote</translation>
    </message>
    <message>
        <source>About the bundle</source>
        <translation>Sobre o pacote</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>O que a importação fará</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflitos ({count})</translation>
    </message>
    <message>
        <source>&amp;All claims ({count})</source>
        <translation>&amp;Todas as afirmações ({count})</translation>
    </message>
    <message>
        <source>&amp;Warnings ({count})</source>
        <translation>&amp;Avisos ({count})</translation>
    </message>
    <message>
        <source>When a claim conflicts</source>
        <translation>Quando uma afirmação entra em conflito</translation>
    </message>
    <message>
        <source>For every &amp;conflict not settled one by one:</source>
        <translation>Para cada &amp;conflito não resolvido um a um:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Conflicting claims</source>
        <translation>Afirmações em conflito</translation>
    </message>
    <message>
        <source>Why the claim conflicts</source>
        <translation>Por que a afirmação está em conflito</translation>
    </message>
    <message>
        <source>This claim:</source>
        <translation>Esta afirmação:</translation>
    </message>
    <message>
        <source>Claims in the bundle by what happens to them</source>
        <translation>Afirmações do pacote conforme o que acontece com elas</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Novas: adicionadas</translation>
    </message>
    <message>
        <source>Changed in the bundle only: updated</source>
        <translation>Alteradas só no pacote: atualizadas</translation>
    </message>
    <message>
        <source>The same here: left unchanged</source>
        <translation>Iguais aqui: ficam como estão</translation>
    </message>
    <message>
        <source>Changed on both sides: conflicts</source>
        <translation>Alteradas dos dois lados: conflitos</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings about the bundle</source>
        <translation>Avisos sobre o pacote</translation>
    </message>
    <message>
        <source>No warnings: the bundle matches this case file&apos;s scale.</source>
        <translation>Sem avisos: o pacote corresponde à escala deste dossiê.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhido</translation>
    </message>
    <message>
        <source>for every conflict</source>
        <translation>para cada conflito</translation>
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
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>This case file is read-only: you can read it, but changes cannot be saved. Copy it somewhere writable to work on it.</source>
        <translation>Este dossiê é somente leitura: você pode lê-lo, mas as alterações não podem ser salvas. Copie-o para um local gravável para trabalhar nele.</translation>
    </message>
    <message>
        <source>Read-only case file</source>
        <translation>Dossiê somente leitura</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>&amp;New case file…</source>
        <translation>&amp;Novo dossiê…</translation>
    </message>
    <message>
        <source>&amp;Open case file…</source>
        <translation>&amp;Abrir dossiê…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Conectar ao servidor da &amp;equipe…</translation>
    </message>
    <message>
        <source>Open a case shared by a desk on a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>Abrir um dossiê compartilhado por uma redação em um servidor PostgreSQL (postgresql://usuário@servidor/banco)</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;ortar…</translation>
    </message>
    <message>
        <source>Import fact-checks (saved pages, ClaimReview feeds), a spreadsheet or citations, after a preview</source>
        <translation>Importar checagens (páginas salvas, feeds ClaimReview), uma planilha ou citações, após uma prévia</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>Exportar &amp;planilha…</translation>
    </message>
    <message>
        <source>Write claims or evidence items to a CSV file a spreadsheet program opens</source>
        <translation>Gravar afirmações ou evidências num arquivo CSV que uma planilha abre</translation>
    </message>
    <message>
        <source>&amp;Rating scale…</source>
        <translation>&amp;Escala de classificação…</translation>
    </message>
    <message>
        <source>Rename, reorder, colour and merge ratings; see how foreign labels map onto them</source>
        <translation>Renomear, reordenar, colorir e mesclar classificações; ver como os rótulos externos correspondem a elas</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar pacote…</translation>
    </message>
    <message>
        <source>Add the claims of a bundle to this case file, after a preview</source>
        <translation>Adicionar as afirmações de um pacote a este dossiê, após uma prévia</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <source>Write claims with their evidence, files and verdicts to a bundle for a colleague</source>
        <translation>Gravar afirmações com evidências, arquivos e veredictos num pacote para um colega</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Exportar re&amp;latório…</translation>
    </message>
    <message>
        <source>Write a fact-check report (HTML) on the selected claims or all of them</source>
        <translation>Gravar um relatório de checagem (HTML) sobre as afirmações selecionadas ou todas</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Fazer backup agora…</translation>
    </message>
    <message>
        <source>Write a verified copy of the case file</source>
        <translation>Gravar uma cópia verificada do dossiê</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurar de um bac&amp;kup…</translation>
    </message>
    <message>
        <source>Put one of the case file&apos;s backups in its place</source>
        <translation>Colocar no lugar um dos backups do dossiê</translation>
    </message>
    <message>
        <source>&amp;Check case file</source>
        <translation>&amp;Verificar dossiê</translation>
    </message>
    <message>
        <source>Check the database, the attachments&apos; fingerprints and the search index</source>
        <translation>Verificar o banco de dados, as impressões digitais dos anexos e o índice de pesquisa</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer {action}</translation>
    </message>
    <message>
        <source>&amp;Find claims</source>
        <translation>&amp;Pesquisar afirmações</translation>
    </message>
    <message>
        <source>&amp;Show all claims</source>
        <translation>&amp;Mostrar todas as afirmações</translation>
    </message>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Nova afirmação…</translation>
    </message>
    <message>
        <source>Add a claim to check (Ctrl+N)</source>
        <translation>Adicionar uma afirmação para checar (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;Excluir afirmação</translation>
    </message>
    <message>
        <source>Delete the selected claims (it can be undone)</source>
        <translation>Excluir as afirmações selecionadas (pode ser desfeito)</translation>
    </message>
    <message>
        <source>&amp;Claim list</source>
        <translation>&amp;Lista de afirmações</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidências</translation>
    </message>
    <message>
        <source>Open &amp;sample case</source>
        <translation>Abrir caso de &amp;exemplo</translation>
    </message>
    <message>
        <source>&amp;About FactDesk</source>
        <translation>&amp;Sobre o FactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;firmação</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidências</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Marcar como &amp;publicada</translation>
    </message>
    <message>
        <source>{address}   —   team server</source>
        <translation>{address}   —   servidor da equipe</translation>
    </message>
    <message>
        <source>No other case files yet</source>
        <translation>Ainda não há outros dossiês</translation>
    </message>
    <message>
        <source>Back online: the server answers again.</source>
        <translation>On-line de novo: o servidor voltou a responder.</translation>
    </message>
    <message>
        <source>Offline: the server of {case} cannot be reached. What you type stays in the fields and is saved when the connection is back.</source>
        <translation>Off-line: não é possível acessar o servidor de {case}. O que você digitar fica nos campos e é salvo quando a conexão voltar.</translation>
    </message>
    <message>
        <source>{name} — FactDesk (read-only)</source>
        <translation>{name} — FactDesk (somente leitura)</translation>
    </message>
    <message>
        <source>{name} — FactDesk</source>
        <translation>{name} — FactDesk</translation>
    </message>
    <message>
        <source>The case file was made safe</source>
        <translation>O dossiê foi protegido</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Aviso: {problem}</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Abrir dossiê</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Novo dossiê</translation>
    </message>
    <message>
        <source>{path} already exists. Use File → Open case file… to open it.</source>
        <translation>{path} já existe. Use Arquivo → Abrir dossiê… para abri-lo.</translation>
    </message>
    <message>
        <source>Delete this claim with its evidence, attachments and verdict?

“{claim}”

Edit → Undo brings it back.</source>
        <translation>Excluir esta afirmação com suas evidências, anexos e veredicto?

“{claim}”

Editar → Desfazer a traz de volta.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Excluir esta %Ln afirmação com suas evidências, anexos e veredicto?

Editar → Desfazer a traz de volta.</numerusform>
            <numerusform>Excluir estas %Ln afirmações com suas evidências, anexos e veredictos?

Editar → Desfazer as traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Excluir afirmação</translation>
    </message>
    <message>
        <source>Delete claims</source>
        <translation>Excluir afirmações</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Abrir caso de exemplo</translation>
    </message>
    <message>
        <source>This case file already has claims. Add the sample claims to it, or create a new case file for the sample case?</source>
        <translation>Este dossiê já tem afirmações. Adicionar as afirmações de exemplo a ele ou criar um novo dossiê para o caso de exemplo?</translation>
    </message>
    <message>
        <source>Add to this case file</source>
        <translation>Adicionar a este dossiê</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Novo dossiê…</translation>
    </message>
    <message>
        <source>The settings could not be saved ({problem}).</source>
        <translation>Não foi possível salvar as configurações ({problem}).</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Welcome to FactDesk</source>
        <translation>Bem-vindo ao FactDesk</translation>
    </message>
    <message>
        <source>Your name goes into the history of every change you make and onto the verdicts you review. You can change it later (Edit → Settings…).</source>
        <translation>Seu nome entra no histórico de cada alteração que você faz e nos veredictos que você revisa. Você pode mudá-lo depois (Editar → Configurações…).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Seu nome, como os colegas o conhecem</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Seu nome</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>New claim</source>
        <translation>Nova afirmação</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Texto da afirmação</translation>
    </message>
    <message>
        <source>The claim, word for word as it was made</source>
        <translation>A afirmação, palavra por palavra, como foi feita</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who made the claim</source>
        <translation>Quem fez a afirmação</translation>
    </message>
    <message>
        <source>Where the claim appeared (URL)</source>
        <translation>Onde a afirmação apareceu (URL)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Checked before? Similar claims already in this case file:</source>
        <translation>Já checada? Afirmações parecidas neste dossiê:</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Adicionar afirmação</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>A&amp;firmação</translation>
    </message>
    <message>
        <source>Clai&amp;mant</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Appeared &amp;at</source>
        <translation>Apareceu &amp;em</translation>
    </message>
</context>
<context>
    <name>PresenceWatch</name>
    <message>
        <source>Colleagues on this claim</source>
        <translation>Colegas nesta afirmação</translation>
    </message>
    <message>
        <source>Also on this claim: {names}</source>
        <translation>Também nesta afirmação: {names}</translation>
    </message>
    <message>
        <source>Colleagues with a claim open: {names}</source>
        <translation>Colegas com uma afirmação aberta: {names}</translation>
    </message>
</context>
<context>
    <name>RatingScaleDialog</name>
    <message>
        <source>Rating scale</source>
        <translation>Escala de classificação</translation>
    </message>
    <message>
        <source>Ratings of the scale, most true first</source>
        <translation>Classificações da escala, da mais verdadeira à menos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move the rating up the scale</source>
        <translation>Mover a classificação para cima na escala</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Move the rating down the scale</source>
        <translation>Mover a classificação para baixo na escala</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Cor…</translation>
    </message>
    <message>
        <source>Choose the rating&apos;s colour</source>
        <translation>Escolher a cor da classificação</translation>
    </message>
    <message>
        <source>Colour from &amp;place</source>
        <translation>Cor pela &amp;posição</translation>
    </message>
    <message>
        <source>Colour the rating by its place on the scale</source>
        <translation>Colorir a classificação pela posição na escala</translation>
    </message>
    <message>
        <source>Rating to merge into</source>
        <translation>Classificação com a qual mesclar</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Mesclar com</translation>
    </message>
    <message>
        <source>Merge the selected rating into another</source>
        <translation>Mesclar a classificação selecionada com outra</translation>
    </message>
    <message>
        <source>Relabel every verdict with the selected rating as the chosen one, then remove the selected rating (Edit → Undo takes it back)</source>
        <translation>Trocar em cada veredicto a classificação selecionada pela escolhida e depois remover a selecionada (Editar → Desfazer reverte)</translation>
    </message>
    <message>
        <source>Double-click a label or a value to change it. A rating with no colour of its own is coloured by its place: the most true green, the least true red, ratings off the numeric scale grey.</source>
        <translation>Clique duas vezes num rótulo ou valor para alterá-lo. Uma classificação sem cor própria é colorida pela posição: a mais verdadeira em verde, a menos em vermelho, as fora da escala numérica em cinza.</translation>
    </message>
    <message>
        <source>Foreign rating labels and their ratings</source>
        <translation>Rótulos de classificação externos e suas classificações</translation>
    </message>
    <message>
        <source>Rating for the selected label</source>
        <translation>Classificação para o rótulo selecionado</translation>
    </message>
    <message>
        <source>Map &amp;to</source>
        <translation>Associar &amp;a</translation>
    </message>
    <message>
        <source>Map the selected label to the chosen rating</source>
        <translation>Associar o rótulo selecionado à classificação escolhida</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Esquecer</translation>
    </message>
    <message>
        <source>Forget the selected label&apos;s mapping</source>
        <translation>Esquecer a correspondência do rótulo selecionado</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Escala</translation>
    </message>
    <message>
        <source>Foreign &amp;labels</source>
        <translation>Rótulos &amp;externos</translation>
    </message>
    <message>
        <source>Colour of {rating}</source>
        <translation>Cor de {rating}</translation>
    </message>
    <message>
        <source>Choose another rating to merge into.</source>
        <translation>Escolha outra classificação com a qual mesclar.</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Readiness checklist</source>
        <translation>Checklist para publicação</translation>
    </message>
    <message>
        <source>Met: {rule}. {detail}</source>
        <translation>Cumprida: {rule}. {detail}</translation>
    </message>
    <message>
        <source>Not met: {rule}. {detail}</source>
        <translation>Não cumprida: {rule}. {detail}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There are no claims in this case file to report on.</source>
        <translation>Não há afirmações neste dossiê para relatar.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm);;All files (*)</source>
        <translation>Páginas web (*.html *.htm);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Exporting report</source>
        <translation>Exportando o relatório</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Relatório gravado em {path}</translation>
    </message>
    <message>
        <source>The report is written to
{path}</source>
        <translation>O relatório foi gravado em
{path}</translation>
    </message>
    <message>
        <source>

Worth knowing before you publish it:
</source>
        <translation>

Vale saber antes de publicá-lo:
</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Relatório exportado</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>No program to show web pages was found; the report is at {path}.</source>
        <translation>Nenhum programa para exibir páginas web foi encontrado; o relatório está em {path}.</translation>
    </message>
    <message>
        <source>The report was not exported: {problem}</source>
        <translation>O relatório não foi exportado: {problem}</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Exportação do relatório cancelada; nenhum arquivo foi gravado.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Backups of {name} (kept in {folder}):</source>
        <translation>Backups de {name} (guardados em {folder}):</translation>
    </message>
    <message>
        <source>There are no backups of {name} yet.</source>
        <translation>Ainda não há backups de {name}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Cor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
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
        <translation>pela posição</translation>
    </message>
    <message>
        <source>off the scale</source>
        <translation>fora da escala</translation>
    </message>
    <message>
        <source>chosen for this rating</source>
        <translation>escolhida para esta classificação</translation>
    </message>
    <message>
        <source>from its place on the scale</source>
        <translation>pela posição na escala</translation>
    </message>
    <message>
        <source>A whole number (more true is higher), or empty for a rating off the scale</source>
        <translation>Um número inteiro (mais verdadeiro é maior), ou vazio para uma classificação fora da escala</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>As it should appear in history and verdicts</source>
        <translation>Como deve aparecer no histórico e nos veredictos</translation>
    </message>
    <message>
        <source>Default case file</source>
        <translation>Dossiê padrão</translation>
    </message>
    <message>
        <source>default.factdesk in your data folder</source>
        <translation>default.factdesk na sua pasta de dados</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the default case file</source>
        <translation>Escolher o dossiê padrão</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Who publishes the fact-checks</source>
        <translation>Quem publica as checagens</translation>
    </message>
    <message>
        <source>Organisation&apos;s web address</source>
        <translation>Endereço web da organização</translation>
    </message>
    <message>
        <source>https://factcheck.example.org/</source>
        <translation>https://factcheck.example.org/</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make and is the default reviewer of verdicts. The default case file opens when no other was used last. Reports name the organisation as publisher, with its web address; each report&apos;s own address (its article URL) is asked for when it is exported.</source>
        <translation>Seu nome é registrado em cada alteração que você faz e é o revisor padrão dos veredictos. O arquivo de caso padrão é aberto quando nenhum outro foi usado por último. Os relatórios citam a organização como publicadora, com seu endereço web; o endereço próprio de cada relatório (a URL do artigo) é pedido na exportação.</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;web address</source>
        <translation>Endereço &amp;web da organização</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; it changes the next time FactDesk starts</source>
        <translation>Menus, botões e mensagens; muda na próxima vez que o FactDesk iniciar</translation>
    </message>
    <message>
        <source>Language of reports</source>
        <translation>Idioma dos relatórios</translation>
    </message>
    <message>
        <source>The headings, dates and numbers of the reports you export; claims, evidence and rating labels stay as written</source>
        <translation>Os títulos, datas e números dos relatórios que você exporta; afirmações, evidências e rótulos de classificação ficam como foram escritos</translation>
    </message>
    <message>
        <source>Preview of a report in the chosen language</source>
        <translation>Prévia de um relatório no idioma escolhido</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Seu &amp;nome</translation>
    </message>
    <message>
        <source>&amp;Default case file</source>
        <translation>Dossiê &amp;padrão</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>&amp;Window language</source>
        <translation>Idioma da &amp;janela</translation>
    </message>
    <message>
        <source>&amp;Report language</source>
        <translation>Idioma dos &amp;relatórios</translation>
    </message>
    <message>
        <source>The sample case&apos;s report in this language:</source>
        <translation>O relatório do caso de exemplo neste idioma:</translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message>
        <source>Checked before? Similar claims in this case file:</source>
        <translation>Já checada? Afirmações parecidas neste dossiê:</translation>
    </message>
    <message>
        <source>Similar claims</source>
        <translation>Afirmações parecidas</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open that claim instead</source>
        <translation>Pressione Enter ou clique duas vezes para abrir essa afirmação</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Dismiss the similar claims warning for this claim</source>
        <translation>Dispensar o aviso de afirmações parecidas para esta afirmação</translation>
    </message>
    <message>
        <source>Stop showing this warning for this claim</source>
        <translation>Parar de mostrar este aviso para esta afirmação</translation>
    </message>
    <message>
        <source>{by} on {date}: {rating}</source>
        <translation>{by} em {date}: {rating}</translation>
    </message>
    <message>
        <source>{by}: {rating}</source>
        <translation>{by}: {rating}</translation>
    </message>
    <message>
        <source>
Checked by </source>
        <translation>
Checada por </translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln outra)</numerusform>
            <numerusform>(+%Ln outras)</numerusform>
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
        <translation>Abrir {field} no navegador</translation>
    </message>
    <message>
        <source>Open this address in your web browser</source>
        <translation>Abrir este endereço no navegador</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Rating shown</source>
        <translation>Classificação exibida</translation>
    </message>
    <message>
        <source>Verdict summary</source>
        <translation>Resumo do veredicto</translation>
    </message>
    <message>
        <source>The verdict in one line</source>
        <translation>O veredicto em uma linha</translation>
    </message>
    <message>
        <source>Rationale (Markdown)</source>
        <translation>Justificativa (Markdown)</translation>
    </message>
    <message>
        <source>Why this rating: what the evidence shows, in Markdown (# heading, *emphasis*, - lists, [links](https://…))</source>
        <translation>Por que esta classificação: o que as evidências mostram, em Markdown (# título, *ênfase*, - listas, [links](https://…))</translation>
    </message>
    <message>
        <source>Rationale preview</source>
        <translation>Prévia da justificativa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Preview the rationale</source>
        <translation>Ver a justificativa</translation>
    </message>
    <message>
        <source>Show the rationale as readers will see it (Ctrl+Shift+V)</source>
        <translation>Mostrar a justificativa como os leitores a verão (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Date reviewed</source>
        <translation>Data da revisão</translation>
    </message>
    <message>
        <source>now, or {format}</source>
        <translation>agora, ou {format}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Limpar veredicto</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Limpar o veredicto</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Marcar como publicada</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Marcar a afirmação como publicada</translation>
    </message>
    <message>
        <source>Set the claim&apos;s status to Published (Ctrl+Shift+P)</source>
        <translation>Mudar o status da afirmação para Publicada (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Ra&amp;ting</source>
        <translation>&amp;Classificação</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Re&amp;sumo</translation>
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
        <translation>Justificativa</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Ready to publish?</source>
        <translation>Pronta para publicar?</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda não classificada</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <source>Draft — not rated yet</source>
        <translation>Rascunho — ainda não classificado</translation>
    </message>
    <message>
        <source>*No rationale yet.*</source>
        <translation>*Ainda sem justificativa.*</translation>
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
        <translation>Uma estação de checagem offline: afirmações, evidências e veredictos em um só dossiê.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6 {version}) and SQLite.</source>
        <translation>Feito com Qt for Python (PySide6 {version}) e SQLite.</translation>
    </message>
    <message>
        <source>About FactDesk</source>
        <translation>Sobre o FactDesk</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{path} is damaged and was not restored.</source>
        <translation>{path} está danificado e não foi restaurado.</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>Não é possível abrir o dossiê</translation>
    </message>
    <message>
        <source>{problem}

Open a case file on this computer instead, or create a new one?</source>
        <translation>{problem}

Abrir em vez disso um dossiê deste computador ou criar um novo?</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Abrir outro…</translation>
    </message>
    <message>
        <source>New case file…</source>
        <translation>Novo dossiê…</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Abrir dossiê</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Novo dossiê</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>FactDesk hit an unexpected error: {error}

Your saved work is safe: every edit is saved as you make it.</source>
        <translation>O FactDesk encontrou um erro inesperado: {error}

Seu trabalho salvo está seguro: cada alteração é salva assim que feita.</translation>
    </message>
    <message>
        <source>Details were written to {log}.</source>
        <translation>Os detalhes foram gravados em {log}.</translation>
    </message>
</context>
<context>
    <name>attach_worker</name>
    <message>
        <source>Reading files to attach</source>
        <translation>Lendo os arquivos a anexar</translation>
    </message>
    <message>
        <source>Storing in the case file</source>
        <translation>Gravando no dossiê</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Anexando arquivos</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Back up case file</source>
        <translation>Fazer backup do dossiê</translation>
    </message>
    <message>
        <source>FactDesk case files (*.factdesk)</source>
        <translation>Dossiês do FactDesk (*.factdesk)</translation>
    </message>
    <message>
        <source>{when} ({age}, {why}, {size})</source>
        <translation>{when} ({age}, {why}, {size})</translation>
    </message>
    <message>
        <source>

It is listed in File → Restore from backup….</source>
        <translation>

Ele aparece em Arquivo → Restaurar de um backup….</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backup feito</translation>
    </message>
    <message>
        <source>A verified copy of {name} was written to
{path}
({size}).</source>
        <translation>Uma cópia verificada de {name} foi gravada em
{path}
({size}).</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Fazendo backup</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>O backup falhou</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Backup cancelado</translation>
    </message>
    <message>
        <source>No copy was written.</source>
        <translation>Nenhuma cópia foi gravada.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>Replace {name} with the backup from {backup}?

The current file is kept aside as a backup first.</source>
        <translation>Substituir {name} pelo backup de {backup}?

O arquivo atual é guardado antes como backup.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>A restauração falhou</translation>
    </message>
    <message>
        <source>The file it replaced is kept at {path}.</source>
        <translation>O arquivo substituído foi guardado em {path}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>{name} was restored from {backup}.</source>
        <translation>{name} foi restaurado do backup de {backup}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database structure, the links between records, every attachment&apos;s fingerprint and the search index all check out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A estrutura do banco de dados, os vínculos entre registros, a impressão digital de cada anexo e o índice de pesquisa estão todos em ordem.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bundle_transfer</name>
    <message>
        <source>kept mine</source>
        <translation>mantive a minha</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>peguei a deles</translation>
    </message>
    <message>
        <source>kept both</source>
        <translation>mantive as duas</translation>
    </message>
    <message>
        <source>Claim bundles (*{suffix});;All files (*)</source>
        <translation>Pacotes de afirmações (*{suffix});;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmação</numerusform>
            <numerusform>%Ln afirmações</numerusform>
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
        <translation>{name} foi importado.</translation>
    </message>
    <message>
        <source>Added: {claims}</source>
        <translation>Adicionadas: {claims}</translation>
    </message>
    <message>
        <source>Updated: {claims}</source>
        <translation>Atualizadas: {claims}</translation>
    </message>
    <message>
        <source>Unchanged: {claims}</source>
        <translation>Inalteradas: {claims}</translation>
    </message>
    <message>
        <source>Conflicts settled: {count} ({how})</source>
        <translation>Conflitos resolvidos: {count} ({how})</translation>
    </message>
    <message>
        <source>Conflicts settled: none</source>
        <translation>Conflitos resolvidos: nenhum</translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Evidências: {added} adicionadas, {updated} atualizadas, {unchanged} inalteradas</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Avisos: nenhum</translation>
    </message>
    <message>
        <source>The case file was backed up just before the import; File → Restore from backup… lists that copy.</source>
        <translation>Foi feito um backup do dossiê logo antes da importação; Arquivo → Restaurar de um backup… mostra essa cópia.</translation>
    </message>
</context>
<context>
    <name>case_safety</name>
    <message>
        <source>Not a case file</source>
        <translation>Não é um dossiê</translation>
    </message>
    <message>
        <source>today&apos;s backup of {name} could not be made ({problem}).</source>
        <translation>não foi possível fazer o backup de hoje de {name} ({problem}).</translation>
    </message>
</context>
<context>
    <name>claim_comparison</name>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Sem evidências</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda não classificada</translation>
    </message>
    <message>
        <source>Not rated yet (draft)</source>
        <translation>Ainda não classificada (rascunho)</translation>
    </message>
    <message>
        <source>Reviewed by {reviewer}</source>
        <translation>Checado por {reviewer}</translation>
    </message>
    <message>
        <source>(differs further on)</source>
        <translation>(difere mais adiante)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message>
        <source>⚠ capture integrity failed</source>
        <translation>⚠ falha na integridade da captura</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(evidência sem título)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln arquivo anexado</numerusform>
            <numerusform>%Ln arquivos anexados</numerusform>
        </translation>
    </message>
    <message>
        <source>Source {grade}: {meaning}</source>
        <translation>Fonte {grade}: {meaning}</translation>
    </message>
    <message>
        <source>Information {grade}: {meaning}</source>
        <translation>Informação {grade}: {meaning}</translation>
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
        <translation>escolha o campo de cada coluna (uma deve ser a afirmação) e depois Atualizar prévia</translation>
    </message>
</context>
<context>
    <name>history_pane</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message>
        <source>New claim</source>
        <translation>Nova afirmação</translation>
    </message>
    <message>
        <source>Added to a claim here</source>
        <translation>Adicionada a uma afirmação daqui</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Já importado</translation>
    </message>
    <message>
        <source>Changed here: kept</source>
        <translation>Alterado aqui: mantido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Choose what each column holds (one must be the claim), then Update preview.</source>
        <translation>Escolha o que cada coluna contém (uma deve ser a afirmação) e depois Atualizar prévia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln afirmação a adicionar</numerusform>
            <numerusform>%Ln afirmações a adicionar</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to add to or update</source>
        <translation>{count} a completar ou atualizar</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} inalterada(s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) changed here (kept as they are)</source>
        <translation>
            <numerusform>%Ln afirmação alterada aqui (mantida como está)</numerusform>
            <numerusform>%Ln afirmações alteradas aqui (mantidas como estão)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Evidências: {added} adicionadas, {updated} atualizadas, {unchanged} inalteradas</translation>
    </message>
    <message>
        <source>, {count} kept as edited here</source>
        <translation>, {count} mantida(s) como editada(s) aqui</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <source>Keep mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Pegar a deles</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Manter as duas (adicionar a deles como cópia)</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>manter a minha</translation>
    </message>
    <message>
        <source>take theirs</source>
        <translation>pegar a deles</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>manter as duas</translation>
    </message>
    <message>
        <source>Keep this case file&apos;s version of what conflicts; the rest of theirs is merged.</source>
        <translation>Manter a versão deste dossiê no que conflita; o resto da deles é mesclado.</translation>
    </message>
    <message>
        <source>Take the bundle&apos;s version; yours stays in the claim&apos;s history.</source>
        <translation>Pegar a versão do pacote; a sua fica no histórico da afirmação.</translation>
    </message>
    <message>
        <source>Add the bundle&apos;s claim as a new claim, linked to yours; yours is left alone.</source>
        <translation>Adicionar a afirmação do pacote como nova, vinculada à sua; a sua fica intacta.</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} nova(s)</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} atualizada(s)</translation>
    </message>
    <message>
        <source>{n} in conflict</source>
        <translation>{n} em conflito</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln afirmação a adicionar</numerusform>
            <numerusform>%Ln afirmações a adicionar</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} a atualizar</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} inalterada(s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) ({how})</source>
        <translation>
            <numerusform>%Ln conflito ({how})</numerusform>
            <numerusform>%Ln conflitos ({how})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Evidências: {added} adicionadas, {updated} atualizadas, {unchanged} inalteradas</translation>
    </message>
    <message>
        <source>, {count} in conflict</source>
        <translation>, {count} em conflito</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>sem evidências</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sem título</translation>
    </message>
    <message>
        <source>the claim itself (text, claimant, status, tags or verdict)</source>
        <translation>a própria afirmação (texto, autor, status, etiquetas ou veredicto)</translation>
    </message>
    <message>
        <source>evidence “{title}”</source>
        <translation>a evidência “{title}”</translation>
    </message>
    <message>
        <source>Both versions differ and this case file&apos;s copy was not imported from a bundle</source>
        <translation>As duas versões diferem e a cópia deste dossiê não foi importada de um pacote</translation>
    </message>
    <message>
        <source>Changed here since it was last imported, and changed in the bundle too</source>
        <translation>Alterada aqui desde a última importação, e alterada também no pacote</translation>
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
        <translation>Dossiês do FactDesk (*{suffix});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
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
        <translation>Publicar mesmo assim?</translation>
    </message>
    <message>
        <source>This fact-check does not meet every rule yet:

{rules}

Publish anyway? The history will record the rules it was published without.</source>
        <translation>Esta checagem ainda não cumpre todas as regras:

{rules}

Publicar mesmo assim? O histórico registrará as regras que não foram cumpridas na publicação.</translation>
    </message>
    <message>
        <source>Publish anyway</source>
        <translation>Publicar mesmo assim</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… e mais %Ln.</numerusform>
            <numerusform>… e mais %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scale_commands</name>
    <message>
        <source>label</source>
        <translation>rótulo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <source>Change rating {names}</source>
        <translation>Alterar a classificação {names}</translation>
    </message>
    <message>
        <source>Reorder the rating scale</source>
        <translation>Reordenar a escala de classificação</translation>
    </message>
    <message>
        <source>Merge rating into {rating}</source>
        <translation>Mesclar a classificação com {rating}</translation>
    </message>
    <message>
        <source>Map rating label {label}</source>
        <translation>Associar o rótulo de classificação {label}</translation>
    </message>
    <message>
        <source>Dismiss “checked before?”</source>
        <translation>Dispensar “já checada?”</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Supports the claim</source>
        <translation>Apoia a afirmação</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>Refuta a afirmação</translation>
    </message>
    <message>
        <source>Gives context</source>
        <translation>Dá contexto</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>Em apuração</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivada</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Fact-check</source>
        <translation>Checagem</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Photo, video or audio</source>
        <translation>Foto, vídeo ou áudio</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Apoia</translation>
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
        <translation>Alterar {fields} da afirmação</translation>
    </message>
    <message>
        <source>Change evidence {fields}</source>
        <translation>Alterar {fields} da evidência</translation>
    </message>
    <message>
        <source>Change verdict {fields}</source>
        <translation>Alterar {fields} do veredicto</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nova afirmação</translation>
    </message>
    <message>
        <source>Delete claim “{claim}”</source>
        <translation>Excluir a afirmação “{claim}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln claims</source>
        <translation>
            <numerusform>Excluir %Ln afirmação</numerusform>
            <numerusform>Excluir %Ln afirmações</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Abrir caso de exemplo</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Adicionar evidência</translation>
    </message>
    <message>
        <source>Move evidence</source>
        <translation>Mover evidência</translation>
    </message>
    <message>
        <source>Delete evidence “{title}”</source>
        <translation>Excluir a evidência “{title}”</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Excluir evidência</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Remove attachment {file}</source>
        <translation>Remover o anexo {file}</translation>
    </message>
    <message>
        <source>Clear verdict</source>
        <translation>Limpar veredicto</translation>
    </message>
    <message>
        <source>Mark the claim as published</source>
        <translation>Marcar a afirmação como publicada</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Erro inesperado: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
