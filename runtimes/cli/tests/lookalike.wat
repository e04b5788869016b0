;; No marker of a known version, but exports named like one.
(module
  (memory (export "memory") 1)
  (global (export "proxy_abi_version_0_2_1") i32 (i32.const 0))
  (func (export "proxy_abi_version_9_9_9"))
  (func (export "malloc") (param i32) (result i32) (i32.const 4096)))
