<#import "common.ftl" as c>
<#assign subject = "Vi har tagit emot ditt klagomål">
<#assign summary = "Vi har registrerat ditt klagomål ${caseReference}. Du får vårt svar senast ${responseDue}.">
# Vi har tagit emot ditt klagomål

Hej ${recipient.name},

Tack för att du hörde av dig. Vi tog emot ditt klagomål den ${receivedDate} och har registrerat det med ärendenummer ${caseReference}. Klagomålet gäller fordran ${claimReference} från ${creditor}.

> Du får vårt svar senast ${responseDue}.

## Vad händer nu?

- En handläggare går igenom det du har berättat och tar reda på vad som har hänt.
- Om vi behöver veta mer hör vi av oss till dig.
- Om vi inte hinner svara till ${responseDue} skriver vi till dig och berättar varför och när du får svar. Du får alltid svar senast ${ceilingDate}.

<@c.free/>

<@c.officer/>

<@c.sms/>

<@c.signature/>
