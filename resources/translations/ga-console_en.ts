<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ga::CertificatePlanActions</name>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <extracomment>The first %n is the number of domains; %1 says on how many listeners.</extracomment>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire the %1 checked on %n listener(s) as one plan (Delete)</source>
        <translation>
            <numerusform>Retire the %1 checked on %n listener as one plan (Delete)</numerusform>
            <numerusform>Retire the %1 checked on %n listeners as one plan (Delete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 checked on %n listener(s)</source>
        <translation>
            <numerusform>%1 checked on %n listener</numerusform>
            <numerusform>%1 checked on %n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 domains checked on %n listener(s)</source>
        <translation>
            <numerusform>%1 domains checked on %n listener</numerusform>
            <numerusform>%1 domains checked on %n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># gactl retire takes these domains off every listener that serves them: %n more than checked here.</source>
        <translation>
            <numerusform># gactl retire takes these domains off every listener that serves them: %n more than checked here.</numerusform>
            <numerusform># gactl retire takes these domains off every listener that serves them: %n more than checked here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::CertificatesPane</name>
    <message numerus="yes">
        <source>&amp;Used by (%n)</source>
        <translation>
            <numerusform>&amp;Used by (%n)</numerusform>
            <numerusform>&amp;Used by (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate use(s)</source>
        <translation>
            <numerusform>%n certificate use</numerusform>
            <numerusform>%n certificate uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n certificate use(s)</source>
        <translation>
            <numerusform>%1 of %n certificate use</numerusform>
            <numerusform>%1 of %n certificate uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left unchecked: a change is dissociating them already.</source>
        <translation>
            <numerusform>%n domain left unchecked: a change is dissociating it already.</numerusform>
            <numerusform>%n domains left unchecked: a change is dissociating them already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::ChangeDialog</name>
    <message numerus="yes">
        <source>Associate %n certificate(s)</source>
        <translation>
            <numerusform>Associate %n certificate</numerusform>
            <numerusform>Associate %n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociate %n domain(s)</source>
        <translation>
            <numerusform>Dissociate %n domain</numerusform>
            <numerusform>Dissociate %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::DissociateFlow</name>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1: no answer from GA.</source>
        <translation>
            <numerusform>Dissociating %n domain from listener %1: no answer from GA.</numerusform>
            <numerusform>Dissociating %n domains from listener %1: no answer from GA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associating %n certificate(s) with listener %1: no answer from GA.</source>
        <translation>
            <numerusform>Associating %n certificate with listener %1: no answer from GA.</numerusform>
            <numerusform>Associating %n certificates with listener %1: no answer from GA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1 is taking longer than expected.</source>
        <translation>
            <numerusform>Dissociating %n domain from listener %1 is taking longer than expected.</numerusform>
            <numerusform>Dissociating %n domains from listener %1 is taking longer than expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associating %n certificate(s) with listener %1 is taking longer than expected.</source>
        <translation>
            <numerusform>Associating %n certificate with listener %1 is taking longer than expected.</numerusform>
            <numerusform>Associating %n certificates with listener %1 is taking longer than expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1 failed.</source>
        <translation>
            <numerusform>Dissociating %n domain from listener %1 failed.</numerusform>
            <numerusform>Dissociating %n domains from listener %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associating %n certificate(s) with listener %1 failed.</source>
        <translation>
            <numerusform>Associating %n certificate with listener %1 failed.</numerusform>
            <numerusform>Associating %n certificates with listener %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) have their certificates on listener %1, which is active again.</source>
        <translation>
            <numerusform>%n domain has its certificate on listener %1, which is active again.</numerusform>
            <numerusform>%n domains have their certificates on listener %1, which is active again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociate the %n checked domain(s) from listener %1 (Delete)</source>
        <translation>
            <numerusform>Dissociate the %n checked domain from listener %1 (Delete)</numerusform>
            <numerusform>Dissociate the %n checked domains from listener %1 (Delete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left listener %1, which is active again.</source>
        <translation>
            <numerusform>%n domain left listener %1, which is active again.</numerusform>
            <numerusform>%n domains left listener %1, which is active again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::DomainSearchDialog</name>
    <message numerus="yes">
        <source>%1 on %2 of %n accelerator(s).</source>
        <extracomment>%1 is &quot;N domain(s)&quot; served, %2 &quot;on N listener(s)&quot;, %n accelerators.</extracomment>
        <translation>
            <numerusform>%1 on %2 of %n accelerator.</numerusform>
            <numerusform>%1 on %2 of %n accelerators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n listener</numerusform>
            <numerusform>%n listeners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::MainWindow</name>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n accelerator</numerusform>
            <numerusform>%n accelerators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n listener</numerusform>
            <numerusform>%n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last refreshed %n s ago</source>
        <translation>
            <numerusform>Last refreshed %n s ago</numerusform>
            <numerusform>Last refreshed %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::OperationHistoryModel</name>
    <message numerus="yes">
        <source>%n domain(s): %1</source>
        <translation>
            <numerusform>%n domain: %1</numerusform>
            <numerusform>%n domains: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::OperationState</name>
    <message numerus="yes">
        <source>Waiting for %n earlier operation(s) on accelerator %1 to finish: GA changes one thing per accelerator at a time.</source>
        <translation>
            <numerusform>Waiting for %n earlier operation on accelerator %1 to finish: GA changes one thing per accelerator at a time.</numerusform>
            <numerusform>Waiting for %n earlier operations on accelerator %1 to finish: GA changes one thing per accelerator at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::PaneActions</name>
    <message numerus="yes">
        <source>%n domain(s) left unchecked: GA dissociates at most %1 per request.</source>
        <translation>
            <numerusform>%n domain left unchecked: GA dissociates at most %1 per request.</numerusform>
            <numerusform>%n domains left unchecked: GA dissociates at most %1 per request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::PlanPreviewDialog</name>
    <message numerus="yes">
        <source>Retire %n domain(s)</source>
        <translation>
            <numerusform>Retire %n domain</numerusform>
            <numerusform>Retire %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the certificate of %n domain(s)</source>
        <translation>
            <numerusform>Replace the certificate of %n domain</numerusform>
            <numerusform>Replace the certificate of %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 on %4, %n accelerator(s). Nothing has been sent yet.</source>
        <extracomment>The plan&apos;s summary: %1 what it does (e.g. &quot;Retire 6 domains&quot;), %2 requests, %3 listeners, %n accelerators.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2): %3 on %4, %n accelerator. Nothing has been sent yet.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2): %3 on %4, %n accelerators. Nothing has been sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n listener</numerusform>
            <numerusform>%n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n listener(s)</source>
        <translation>
            <numerusform>Left alone: %n listener</numerusform>
            <numerusform>Left alone: %n listeners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::PlanProgressDialog</name>
    <message numerus="yes">
        <source>%1 queued, %2 running, %3 done, %4 failed, of %n request(s).</source>
        <extracomment>The counts of a plan&apos;s requests while it runs.</extracomment>
        <translation>
            <numerusform>%1 queued, %2 running, %3 done, %4 failed, of %n request.</numerusform>
            <numerusform>%1 queued, %2 running, %3 done, %4 failed, of %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::PlanProgressModel</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <extracomment>An accelerator&apos;s requests: how many are done of how many.</extracomment>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed</source>
        <translation>
            <numerusform>%n request failed</numerusform>
            <numerusform>%n requests failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), one at a time</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests, one at a time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::ProfileDialog</name>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <translation>
            <numerusform>Imported %n profile: %1</numerusform>
            <numerusform>Imported %n profiles: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::UndoFlow</name>
    <message numerus="yes">
        <source>%n domain(s) left listener %1, which is active again.</source>
        <translation>
            <numerusform>%n domain left listener %1, which is active again.</numerusform>
            <numerusform>%n domains left listener %1, which is active again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::display</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::gactl</name>
    <message numerus="yes">
        <source>%n operation(s) started running in another process meanwhile; left to it</source>
        <translation>
            <numerusform>%n operation started running in another process meanwhile; left to it</numerusform>
            <numerusform>%n operations started running in another process meanwhile; left to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associate %n certificate(s) (%1) with listener %2 of accelerator %3? [y/N] </source>
        <translation>
            <numerusform>Associate %n certificate (%1) with listener %2 of accelerator %3? [y/N] </numerusform>
            <numerusform>Associate %n certificates (%1) with listener %2 of accelerator %3? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %1: associate %n domain(s) (%2) with listener %3 again? [y/N] </source>
        <translation>
            <numerusform>Undo %1: associate %n domain (%2) with listener %3 again? [y/N] </numerusform>
            <numerusform>Undo %1: associate %n domains (%2) with listener %3 again? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %1: change %n domain(s) (%2) on listener %3 back? [y/N] </source>
        <translation>
            <numerusform>Undo %1: change %n domain (%2) on listener %3 back? [y/N] </numerusform>
            <numerusform>Undo %1: change %n domains (%2) on listener %3 back? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociate %n domain(s) (%1) from listener %2 of accelerator %3? [y/N] </source>
        <translation>
            <numerusform>Dissociate %n domain (%1) from listener %2 of accelerator %3? [y/N] </numerusform>
            <numerusform>Dissociate %n domains (%1) from listener %2 of accelerator %3? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No additional certificate expires within %n day(s).</source>
        <translation>
            <numerusform>No additional certificate expires within %n day.</numerusform>
            <numerusform>No additional certificate expires within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GA&apos;s DryRun passed %n update(s).</source>
        <translation>
            <numerusform>GA&apos;s DryRun passed %n update.</numerusform>
            <numerusform>GA&apos;s DryRun passed %n updates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send these %n request(s)? [y/N] </source>
        <translation>
            <numerusform>Send this %n request? [y/N] </numerusform>
            <numerusform>Send these %n requests? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n listener</numerusform>
            <numerusform>%n listeners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n accelerator</numerusform>
            <numerusform>%n accelerators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accelerator %1 %2: %n request(s), one after another</source>
        <translation>
            <numerusform>accelerator %1 %2: %n request, one after another</numerusform>
            <numerusform>accelerator %1 %2: %n requests, one after another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plan %1: %2 of %n request(s) done</source>
        <translation>
            <numerusform>plan %1: %2 of %n request done</numerusform>
            <numerusform>plan %1: %2 of %n requests done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) did not finish; `gactl resume` sends the unconfirmed ones again with their ClientTokens, `gactl operations` lists them.</source>
        <translation>
            <numerusform>%n request did not finish; `gactl resume` sends the unconfirmed ones again with their ClientTokens, `gactl operations` lists them.</numerusform>
            <numerusform>%n requests did not finish; `gactl resume` sends the unconfirmed ones again with their ClientTokens, `gactl operations` lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::plans</name>
    <message numerus="yes">
        <source>%n picked domain(s)</source>
        <translation>
            <numerusform>%n picked domain</numerusform>
            <numerusform>%n picked domains</numerusform>
        </translation>
    </message>
</context>
</TS>
