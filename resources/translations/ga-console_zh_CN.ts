<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>GA Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Add or import a profile in the dialog that opens now; or run ga-console --demo to look around without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop console for Alibaba Cloud Global Accelerator certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against an embedded emulator with demo credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the named profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the API endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::AcceleratorTableModel</name>
    <message>
        <source>Accelerator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accelerator %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::CertificateListModel</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being dissociated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA dissociates at most %1 domains per request. Uncheck one first, or dissociate these and then the next ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::ConsoleController</name>
    <message>
        <source>Listing accelerators failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the listeners of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the certificates of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::DissociateDialog</name>
    <message numerus="yes">
        <source>Dissociate %n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), ports %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains to dissociate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent gactl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA removes these additional certificates from the listener. The listener is &quot;updating&quot; for a while and serves the default certificate for these domains afterwards. The console watches it until it is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same from a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production profile.&lt;/b&gt; Type the listener ID to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the listener ID to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::DissociateFlow</name>
    <message>
        <source>&amp;Dissociate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is read-only: it cannot change certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an HTTPS listener, then check the domains to dissociate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener %1 is %2: only HTTPS listeners have additional certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check 1 to %1 domains to dissociate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmation is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dissociate the %n checked domain(s) from listener %1 (Delete)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 domains checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Domains dissociated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left listener %1, which is active again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is taking longer than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no answer from GA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::ListenerTableModel</name>
    <message>
        <source>listener %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::MainWindow</name>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read accelerators, listeners and domains again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause live refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, remove or import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last refreshed %n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default certificate: %1 (not removable here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left unchecked: GA dissociates at most %1 per request.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check selected (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::OperationHistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation on listener %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::OperationState</name>
    <message numerus="yes">
        <source>Waiting for %n earlier operation(s) on accelerator %1 to finish: GA changes one thing per accelerator at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accelerator is busy with another change (%1); sending again in %2 s. This is not a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; sending again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to GA; waiting for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA accepted the request (RequestId %1); watching the listener until it is active without the domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA accepted the request (RequestId %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is active and the domains are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener did not become active in time (last state: %1). GA may still finish it: keep watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from GA (%1): it is unknown whether the request arrived. It stays in the journal and is sent again with the same ClientToken at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed from the journal. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener was active and the domains gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished when the console last stopped; it resumes when profile &quot;%1&quot; is in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a timed-out operation again until it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the history as CSV or JSON (no credentials are in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::ProfileDialog</name>
    <message>
        <source>Read-only: never change anything with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: type the listener ID to confirm a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import aliyun CLI profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Profiles can still be saved, but not their secrets; use the ALIBABA_CLOUD_ACCESS_KEY_* variables for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the AccessKey secret: it goes to the keychain, never to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile %1 and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (StsToken): STS tokens are never stored; use the environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::ProxySettingsDialog</name>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System proxy: the desktop&apos;s settings or HTTPS_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::ResourcePane</name>
    <message>
        <source>Filter: words to match, !word to exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::State</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finacialLocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissociating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::display</name>
    <message>
        <source>State not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State read at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ga::i18n</name>
    <message>
        <source>No translation for &quot;%1&quot;. Use --lang with one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
