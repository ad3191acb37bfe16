<#import "common.ftl" as c>
<#assign subject = "Klagomålsansvariges beslut">
<#assign summary = "Vår klagomålsansvarige har prövat ärende ${caseReference}. Här är beslutet och vart du kan vända dig om du fortfarande inte är nöjd.">
# Klagomålsansvariges beslut

Hej ${recipient.name},

Vår klagomålsansvarige har prövat ditt ärende ${caseReference} på nytt.

<#switch reviewOutcome>
<#case "UPHELD">
> Beslut: du har rätt. Vi ber om ursäkt.
<#break>
<#case "PARTIALLY_UPHELD">
> Beslut: du har delvis rätt.
<#break>
<#default>
> Beslut: vi står fast vid vårt tidigare svar.
</#switch>

## Varför

${reasons}
<#if redress??>

## Det här gör vi

${redress}
</#if>

<@c.free/>

## Om du fortfarande inte är nöjd

Det här är vårt slutliga besked. Du kan vända dig till någon av dessa utanför oss:

- Inkassonämnden ger råd om vad som är god inkassosed.
- Finansinspektionen har tillsyn över oss som inkassoföretag.

Inkassonämnden
Box 592
101 31 Stockholm

Finansinspektionen
Box 7821
103 97 Stockholm

<@c.signature/>
