;; Two markers: the first function export in export order wins (cpp-host,
;; Kong); a global named like a later version's marker is no marker.
(module
  (global (export "proxy_abi_version_0_2_1") i32 (i32.const 0))
  (func (export "proxy_on_tick") (param i32))
  (func (export "proxy_abi_version_0_1_0"))
  (func (export "proxy_abi_version_0_2_0")))
