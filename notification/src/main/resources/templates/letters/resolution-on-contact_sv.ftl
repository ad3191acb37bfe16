<#import "common.ftl" as c>
<#assign subject = "Bekräftelse av det vi kom överens om">
<#assign summary = "Här är en skriftlig bekräftelse av hur vi löste ditt ärende ${caseReference} när du kontaktade oss.">
# Bekräftelse av det vi kom överens om

Hej ${recipient.name},

Tack för att du kontaktade oss den ${receivedDate} om fordran ${claimReference} från ${creditor}. Vi löste ärendet direkt. Här är en skriftlig bekräftelse, ärendenummer ${caseReference}.

## Det här kom vi fram till

${resolutionNote}

<@c.free/>

Om något inte stämmer med det vi kom överens om, hör av dig till oss. <@c.officer/>

<@c.routes/>

<@c.signature/>
