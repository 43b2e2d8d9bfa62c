<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentDetails</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
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
</context>
<context>
    <name>BundleTransfer</name>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln evidence item</numerusform>
            <numerusform>%Ln evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln attached file</numerusform>
            <numerusform>%Ln attached files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message numerus="yes">
        <source>%Ln claim(s) found</source>
        <translation>
            <numerusform>%Ln claim found</numerusform>
            <numerusform>%Ln claims found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimScopeBox</name>
    <message numerus="yes">
        <source>The %Ln selected claim(s)</source>
        <translation>
            <numerusform>The %Ln selected claim</numerusform>
            <numerusform>The %Ln selected claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file</source>
        <translation>
            <numerusform>All %Ln claim in this case file</numerusform>
            <numerusform>All %Ln claims in this case file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message numerus="yes">
        <source>All %Ln claim(s) in this case file, oldest first</source>
        <translation>
            <numerusform>All %Ln claim in this case file, oldest first</numerusform>
            <numerusform>All %Ln claims in this case file, oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSpreadsheetDialog</name>
    <message numerus="yes">
        <source>All %Ln claim(s)</source>
        <translation>
            <numerusform>All %Ln claim</numerusform>
            <numerusform>All %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message numerus="yes">
        <source>Wrote %Ln evidence item(s) to
{path}</source>
        <translation>
            <numerusform>Wrote %Ln evidence item to
{path}</numerusform>
            <numerusform>Wrote %Ln evidence items to
{path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln claim(s) to
{path}</source>
        <translation>
            <numerusform>Wrote %Ln claim to
{path}</numerusform>
            <numerusform>Wrote %Ln claims to
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFilesDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s)</source>
        <translation>
            <numerusform>%Ln evidence item</numerusform>
            <numerusform>%Ln evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln attached file</numerusform>
            <numerusform>%Ln attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete this claim with its evidence, attachments and verdict?

Edit → Undo brings it back.</numerusform>
            <numerusform>Delete these %Ln claims with their evidence, attachments and verdicts?

Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarClaims</name>
    <message numerus="yes">
        <source>(+%Ln more)</source>
        <translation>
            <numerusform>(+%Ln more)</numerusform>
            <numerusform>(+%Ln more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bundle_transfer</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claim_comparison</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidence_model</name>
    <message numerus="yes">
        <source>%Ln attached file(s)</source>
        <translation>
            <numerusform>%Ln attached file</numerusform>
            <numerusform>%Ln attached files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import_files</name>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln claim to add</numerusform>
            <numerusform>%Ln claims to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) changed here (kept as they are)</source>
        <translation>
            <numerusform>%Ln claim changed here (kept as it is)</numerusform>
            <numerusform>%Ln claims changed here (kept as they are)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message numerus="yes">
        <source>%Ln claim(s) to add</source>
        <translation>
            <numerusform>%Ln claim to add</numerusform>
            <numerusform>%Ln claims to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) ({how})</source>
        <translation>
            <numerusform>%Ln conflict ({how})</numerusform>
            <numerusform>%Ln conflicts ({how})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>undo_commands</name>
    <message numerus="yes">
        <source>Delete %Ln claims</source>
        <translation>
            <numerusform>Delete %Ln claim</numerusform>
            <numerusform>Delete %Ln claims</numerusform>
        </translation>
    </message>
</context>
</TS>
