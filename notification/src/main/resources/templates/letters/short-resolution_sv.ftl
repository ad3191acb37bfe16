<#import "common.ftl" as c>
<#assign subject = "Ditt klagomål är löst">
<#assign summary = "Vi har löst ditt ärende ${caseReference}. Här är vårt beslut i korthet.">
# Ditt klagomål är löst

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
