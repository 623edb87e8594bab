# Insyn for every teacher through Microsoft Intune (Devices > Scripts and remediations > Platform scripts:
# run as system, in 64-bit PowerShell). Force-installs Insyn in Chrome and Edge and writes the school's
# settings where both read an extension's managed storage. docs/deployment.md explains each step.
$ErrorActionPreference = 'Stop'
$id = 'beeblmjppjgppjcpbnefkfafgjnldcmj'

# The school's settings: the same keys as docs/deployment/managed-settings.json.
$settings = @'
{
  "school": "Ekskolan",
  "municipality": "Exby kommun",
  "protectedDataRoutine": "Elever med skyddade personuppgifter: kontakta rektor, som når vårdnadshavarna.",
  "pseudonymiseExports": true,
  "terms": {
    "ht": {
      "start": "08-18",
      "end": "12-19"
    },
    "vt": {
      "start": "01-08",
      "end": "06-12"
    }
  },
  "rules": {
    "guardianContact": {
      "withinSchoolDays": 5
    },
    "iup": {
      "publishBy": "11-30"
    }
  },
  "risk": {
    "gradeDash": true,
    "commentPhrases": true
  },
  "retentionMonths": 13,
  "lockRequired": true,
  "templates": [
    {
      "id": "ekskolan-risk",
      "name": "Ekskolan: risk att inte nå betyget E",
      "lang": "sv",
      "subject": "{subject}: hur det går för {pupil}",
      "body": "Hej!\n\nJag vill berätta hur det går för {pupil} i {subject} ({term}). Det här ser jag:\n{reasons}\n\nPassar {meeting} för ett samtal?\n\nVänliga hälsningar\n{teacher}\n{school}"
    }
  ]
}
'@ | ConvertFrom-Json

# Objects become subkeys; lists are written as one JSON string, which Chrome and Edge accept for lists.
function Write-Policy([string]$path, $object) {
  New-Item -Path $path -Force | Out-Null
  foreach ($property in $object.PSObject.Properties) {
    $value = $property.Value
    if ($value -is [System.Management.Automation.PSCustomObject]) {
      Write-Policy "$path\$($property.Name)" $value
    } elseif ($value -is [array]) {
      Set-ItemProperty -Path $path -Name $property.Name -Value (ConvertTo-Json -InputObject $value -Depth 10 -Compress) -Type String
    } elseif ($value -is [bool]) {
      Set-ItemProperty -Path $path -Name $property.Name -Value ([int]$value) -Type DWord
    } elseif ($value -is [int] -or $value -is [long]) {
      Set-ItemProperty -Path $path -Name $property.Name -Value $value -Type DWord
    } else {
      Set-ItemProperty -Path $path -Name $property.Name -Value ([string]$value) -Type String
    }
  }
}

$browsers = @(
  @{ Root = 'HKLM:\SOFTWARE\Policies\Google\Chrome'; Update = 'https://clients2.google.com/service/update2/crx' },
  @{ Root = 'HKLM:\SOFTWARE\Policies\Microsoft\Edge'; Update = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx' }
)
foreach ($browser in $browsers) {
  $forcelist = "$($browser.Root)\ExtensionInstallForcelist"
  New-Item -Path $forcelist -Force | Out-Null
  Set-ItemProperty -Path $forcelist -Name '1' -Value "$id;$($browser.Update)" -Type String
  $policy = "$($browser.Root)\3rdparty\extensions\$id\policy"
  if (Test-Path $policy) { Remove-Item -Path $policy -Recurse -Force }
  Write-Policy $policy $settings
}
