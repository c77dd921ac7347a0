# pinned_venv VENV REQUIREMENTS LABEL: makes VENV a Python virtual
# environment holding exactly the packages pinned in REQUIREMENTS, made
# again only when that list changes. Sourced by the scripts that install
# Python tools (security.sh, object_store.sh, api_contract.sh).
pinned_venv() {
  local venv="$1" requirements="$2" label="$3"
  if ! cmp -s "$requirements" "$venv/requirements.txt"; then
    echo "== installing $label into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements.txt"
  fi
}
