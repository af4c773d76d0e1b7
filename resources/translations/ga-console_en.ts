<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ga::AccountDissociateFlow</name>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <extracomment>The first %n is the number of domains; %1 says on how many listeners.</extracomment>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociate the %1 checked on %n listener(s) (Delete)</source>
        <translation>
            <numerusform>Dissociate the %1 checked on %n listener (Delete)</numerusform>
            <numerusform>Dissociate the %1 checked on %n listeners (Delete)</numerusform>
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
        <source>%1 domains checked on %n listener(s), at most %2 per listener</source>
        <translation>
            <numerusform>%1 domains checked on %n listener, at most %2 per listener</numerusform>
            <numerusform>%1 domains checked on %n listeners, at most %2 per listener</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::BulkDissociateDialog</name>
    <message numerus="yes">
        <source>Dissociate %n domain(s)</source>
        <translation>
            <numerusform>Dissociate %n domain</numerusform>
            <numerusform>Dissociate %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n listener(s). Each listener is one change: they run one accelerator at a time and are watched until their listeners are active again.</source>
        <translation>
            <numerusform>%1 from %n listener. Each listener is one change: they run one accelerator at a time and are watched until their listeners are active again.</numerusform>
            <numerusform>%1 from %n listeners. Each listener is one change: they run one accelerator at a time and are watched until their listeners are active again.</numerusform>
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
    <name>ga::CertificatesPane</name>
    <message numerus="yes">
        <source>&amp;Used by (%n)</source>
        <translation>
            <numerusform>&amp;Used by (%n)</numerusform>
            <numerusform>&amp;Used by (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left unchecked: GA dissociates at most %1 per request from one listener.</source>
        <translation>
            <numerusform>%n domain left unchecked: GA dissociates at most %1 per request from one listener.</numerusform>
            <numerusform>%n domains left unchecked: GA dissociates at most %1 per request from one listener.</numerusform>
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
</context>
</TS>
