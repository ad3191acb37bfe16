<#import "common.ftl" as c>
<#assign titles = {"UPHELD": "Vi ger dig rätt i ditt klagomål", "PARTIALLY_UPHELD": "Vi ger dig delvis rätt i ditt klagomål", "REJECTED": "Vårt svar på ditt klagomål"}>
<#assign subject = titles[decision]!titles["REJECTED"]>
<#assign summary = "Här är vårt svar i ärendet ${caseReference}, i korthet.">
# ${subject}

Hej ${recipient.name},

Tack för att du hörde av dig den ${receivedDate} om fordran ${claimReference} (ärende ${caseReference}). Vi har redan gått igenom det.

<#switch decision>
<#case "UPHELD">
> Beslut: du har rätt, och vi ber om ursäkt.
<#break>
<#case "PARTIALLY_UPHELD">
> Beslut: du har delvis rätt.
<#break>
<#default>
> Beslut: vi har inte hittat något fel.
</#switch>

${reasons}

<#if redress??>
Det här gör vi: ${redress}
</#if>

<@c.free/>

<@c.routes/>

<@c.signature/>
